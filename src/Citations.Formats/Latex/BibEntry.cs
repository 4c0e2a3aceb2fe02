using System.Text;
using Citations.Core.Model;

namespace Citations.Formats.Latex;

/// <summary>
/// Builds one <c>@type{key, field = {value}, …}</c> entry in a reused buffer and writes it out:
/// the BibTeX and biblatex writers map items onto fields, this writes them. Empty values are
/// left out, as the output contract leaves out unknown keys.
/// </summary>
sealed class BibEntry(LatexEscaper escaper)
{
    readonly StringBuilder _sb = new(1024);

    public void Start(string type, string key)
    {
        _sb.Clear();
        _sb.Append('@').Append(type).Append('{').Append(key).Append(",\n");
    }

    /// <summary>A field of plain text, escaped.</summary>
    public void Text(string field, string? value, CaseProtection protection = CaseProtection.None)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        int before = _sb.Length;
        Open(field);
        int opened = _sb.Length;
        escaper.Append(_sb, value, protection);
        // Text of control characters alone escapes to nothing: no empty field.
        if (_sb.Length == opened) _sb.Length = before;
        else Close();
    }

    /// <summary>A field whose value is already TeX (an ISO date, a page range built here, a key).</summary>
    public void Verbatim(string field, string? tex)
    {
        if (string.IsNullOrWhiteSpace(tex)) return;
        Open(field);
        _sb.Append(tex);
        Close();
    }

    /// <summary>A field set to a BibTeX macro, unbraced (<c>month = jun</c>).</summary>
    public void Macro(string field, string macro) => _sb.Append("  ").Append(field).Append(" = ").Append(macro).Append(",\n");

    public void Names(string field, IReadOnlyList<CslName>? names)
    {
        if (BibNames.IsEmpty(names)) return;
        Open(field);
        BibNames.Append(_sb, escaper, names!);
        Close();
    }

    public void WriteTo(TextWriter output)
    {
        _sb.Append("}\n\n");
        output.Write(_sb);
    }

    void Open(string field) => _sb.Append("  ").Append(field).Append(" = {");

    void Close() => _sb.Append("},\n");
}
