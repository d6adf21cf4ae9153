namespace ReportGen.Docx.Accessibility;

/// <summary>How serious a finding is. Errors break a published accessibility requirement; warnings are likely problems a person should look at.</summary>
public enum FindingSeverity
{
    /// <summary>Fails a requirement (WCAG 2.2 AA / PDF/UA or Word's checker treats it as an error).</summary>
    Error,

    /// <summary>Probably a problem; check it by hand.</summary>
    Warning,
}
