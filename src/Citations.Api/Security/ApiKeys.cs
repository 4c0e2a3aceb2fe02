using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Citations.Api.Security;

/// <summary>A new key: given to its holder once; only <see cref="Hash"/> goes into the configuration.</summary>
public sealed record NewApiKey(string Id, string Key, string Hash);

/// <summary>
/// API keys are <c>ID.SECRET</c>: the id names the configuration entry, the secret is 256 random bits. At rest only
/// a salted SHA-256 of the secret is kept (<c>sha256:SALT:HASH</c>). A slow hash (PBKDF2) protects guessable
/// passwords; a 256-bit random secret cannot be guessed, and a fast hash keeps every request's check in microseconds.
/// </summary>
public static partial class ApiKeys
{
    const string Scheme = "sha256";
    const int SaltBytes = 16, SecretBytes = 32;

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    public static partial Regex IdPattern();

    public static NewApiKey Create(string id)
    {
        if (!IdPattern().IsMatch(id)) throw new ArgumentException($"a key id is 1 to 64 letters, digits, '-' or '_' (got '{id}')", nameof(id));
        string secret = Base64Url(RandomNumberGenerator.GetBytes(SecretBytes));
        return new NewApiKey(id, $"{id}.{secret}", HashOf(secret, RandomNumberGenerator.GetBytes(SaltBytes)));
    }

    public static string HashOf(string secret, byte[] salt) => $"{Scheme}:{Base64Url(salt)}:{Base64Url(Digest(salt, secret))}";

    internal static byte[] Digest(byte[] salt, string secret)
    {
        int length = Encoding.UTF8.GetByteCount(secret);
        var buffer = length + salt.Length <= 512 ? stackalloc byte[salt.Length + length] : new byte[salt.Length + length];
        salt.CopyTo(buffer);
        Encoding.UTF8.GetBytes(secret, buffer[salt.Length..]);
        return SHA256.HashData(buffer);
    }

    /// <summary>Reads a configured hash; throws naming the entry when it is not one.</summary>
    internal static (byte[] Salt, byte[] Digest) ParseHash(string id, string hash)
    {
        var parts = hash.Split(':');
        if (parts.Length != 3 || parts[0] != Scheme || FromBase64Url(parts[1]) is not { Length: >= 8 } salt || FromBase64Url(parts[2]) is not { Length: 32 } digest)
            throw new InvalidOperationException($"Api:Keys entry '{id}': Hash is not of the form sha256:SALT:HASH (make one with 'citations serve new-key {id}')");
        return (salt, digest);
    }

    static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    static byte[]? FromBase64Url(string text)
    {
        string s = text.Replace('-', '+').Replace('_', '/');
        s = s.PadRight(s.Length + (4 - s.Length % 4) % 4, '=');
        try { return Convert.FromBase64String(s); }
        catch (FormatException) { return null; }
    }
}

/// <summary>A configured key that a request proved it holds.</summary>
public sealed record ApiPrincipal(string Id, bool CanRead, bool CanWrite, double RequestsPerSecond, int Burst);

/// <summary>The configured keys, checked in constant time.</summary>
public sealed class ApiKeyRing
{
    sealed record Entry(ApiPrincipal Principal, byte[] Salt, byte[] Digest);

    readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Compared against when the id is unknown, so that an unknown id costs what a wrong secret costs.</summary>
    readonly Entry _decoy = new(new ApiPrincipal("", false, false, 0, 0), new byte[16], new byte[32]);

    public ApiKeyRing(ApiOptions options)
    {
        foreach (var key in options.Keys)
        {
            if (!ApiKeys.IdPattern().IsMatch(key.Id))
                throw new InvalidOperationException($"Api:Keys: the id '{key.Id}' is not 1 to 64 letters, digits, '-' or '_'");
            if (_entries.ContainsKey(key.Id)) throw new InvalidOperationException($"Api:Keys: the id '{key.Id}' is configured twice");
            var (salt, digest) = ApiKeys.ParseHash(key.Id, key.Hash);
            var scopes = key.Scopes is { Length: > 0 } s ? s.Select(x => x.Trim().ToLowerInvariant()).ToHashSet() : ["read", "write"];
            if (scopes.FirstOrDefault(x => x is not ("read" or "write")) is { } unknown)
                throw new InvalidOperationException($"Api:Keys entry '{key.Id}': unknown scope '{unknown}' (read, write)");
            var principal = new ApiPrincipal(key.Id, scopes.Contains("read"), scopes.Contains("write"),
                key.RequestsPerSecond ?? options.RateLimit.RequestsPerSecond, key.Burst ?? options.RateLimit.Burst);
            _entries[key.Id] = new Entry(principal, salt, digest);
        }
    }

    public bool IsEmpty => _entries.Count == 0;

    /// <summary>The key's principal, or null when the key is not a configured one.</summary>
    public ApiPrincipal? Verify(string presented)
    {
        int dot = presented.IndexOf('.');
        string id = dot > 0 ? presented[..dot] : "";
        string secret = dot > 0 ? presented[(dot + 1)..] : presented;
        var entry = _entries.GetValueOrDefault(id);
        var checkedAgainst = entry ?? _decoy;
        bool equal = System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(ApiKeys.Digest(checkedAgainst.Salt, secret), checkedAgainst.Digest);
        return equal && entry is not null ? entry.Principal : null;
    }
}
