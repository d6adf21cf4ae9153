using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Docx.Parts;

/// <summary>settings.xml: refresh fields on open, Word 2013+ compatibility mode, language, footnote separators.</summary>
internal static class SettingsBuilder
{
    public static Settings Build(string language) =>
        new(
            new Zoom { Percent = "100" },
            new DefaultTabStop { Val = 720 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
            // Word asks to refresh fields on open, so PAGEREF and PAGE results are recomputed there too.
            new UpdateFieldsOnOpen { Val = true },
            // Footnotes number straight through the document; LibreOffice otherwise restarts them in every section.
            new FootnoteDocumentWideProperties(
                new NumberingStart { Val = 1 },
                new NumberingRestart { Val = RestartNumberValues.Continuous },
                new FootnoteSpecialReference { Id = -1 },
                new FootnoteSpecialReference { Id = 0 }),
            new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }),
            new ThemeFontLanguages { Val = language },
            new DecimalSymbol { Val = "." },
            new ListSeparator { Val = "," });
}
