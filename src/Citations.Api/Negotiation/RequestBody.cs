using System.Buffers;
using System.IO.Pipelines;
using Citations.Api.Problems;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Citations.Api.Negotiation;

/// <summary>
/// A request's body read whole, at most <c>Api:MaxRequestBytes</c> (refused with 413 from its
/// <c>Content-Length</c>, or as soon as it grows past the limit), with its media type. Every endpoint that takes
/// a body binds it this way, so the limit holds under any server, and idempotency can fingerprint the bytes.
/// </summary>
public sealed class RequestBody
{
    public required byte[] Bytes { get; init; }

    /// <summary>The media type without parameters, lower case; empty when the request gave none.</summary>
    public required string MediaType { get; init; }

    public string? Charset { get; init; }

    public static async ValueTask<RequestBody?> BindAsync(HttpContext context)
    {
        long limit = context.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value.MaxRequestBytes;
        var request = context.Request;
        if (request.ContentLength > limit) throw Problem.TooLarge($"the body is {request.ContentLength:N0} bytes; Api:MaxRequestBytes allows {limit:N0}");
        string mediaType = "", charset = "";
        if (request.ContentType is { Length: > 0 } contentType)
        {
            if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed))
                throw Problem.UnsupportedMediaType($"Content-Type '{contentType}' is not a media type");
            mediaType = parsed.MediaType.Value!.ToLowerInvariant();
            charset = parsed.Charset.Value ?? "";
        }
        if (charset.Length > 0 && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("us-ascii", StringComparison.OrdinalIgnoreCase))
            throw Problem.UnsupportedMediaType($"charset '{charset}': bodies are read as UTF-8");
        return new RequestBody { Bytes = await ReadAsync(request.BodyReader, limit, context.RequestAborted), MediaType = mediaType, Charset = charset.Length > 0 ? charset : null };
    }

    static async Task<byte[]> ReadAsync(PipeReader reader, long limit, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken);
            var buffer = result.Buffer;
            if (buffer.Length > limit)
            {
                reader.AdvanceTo(buffer.End);
                throw Problem.TooLarge($"the body is longer than Api:MaxRequestBytes ({limit:N0} bytes)");
            }
            if (result.IsCompleted)
            {
                var bytes = buffer.ToArray();
                reader.AdvanceTo(buffer.End);
                return bytes;
            }
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    /// <summary>Refuses the body unless its media type is one of <paramref name="accepted"/> (a missing type counts as the first).</summary>
    public string Require(params string[] accepted)
    {
        if (MediaType.Length == 0) return accepted[0];
        if (accepted.Contains(MediaType)) return MediaType;
        throw Problem.UnsupportedMediaType($"Content-Type '{MediaType}' is not accepted here; send one of: {string.Join(", ", accepted)}");
    }
}
