using Citations.Core.Library;
using Citations.Core.Model;

namespace Citations.Storage.Merging;

/// <summary>
/// Cite keys for new library references, in <see cref="CiteKeys"/>' style and with its suffixes
/// (a, b, … z, 27, 28 …), free against the keys the library already holds. A key, once given, is kept.
/// </summary>
public static class CiteKeyAllocator
{
    public static string BaseKey(CslItem item) => CiteKeys.Base(item);

    /// <summary>The first free key from <paramref name="baseKey"/>, given the keys already taken that start with it.</summary>
    public static string Next(string baseKey, IReadOnlySet<string> taken)
    {
        if (!taken.Contains(baseKey)) return baseKey;
        for (char suffix = 'a'; ; suffix++)
        {
            string candidate = suffix <= 'z' ? baseKey + suffix : baseKey + (suffix - 'z');
            if (!taken.Contains(candidate)) return candidate;
        }
    }
}
