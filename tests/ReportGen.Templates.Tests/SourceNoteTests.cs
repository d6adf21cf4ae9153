using ReportGen.Data.Diagnostics;
using ReportGen.Data.Model;
using ReportGen.Statistics;
using ReportGen.Templates.References;

namespace ReportGen.Templates.Tests;

/// <summary>
/// Issue 16: the source note of a block with no <c>source:</c> line cites the bibliography entry its indicator's
/// address points to, and a note with no publication year is dated by the periods of the values it shows.
/// </summary>
public sealed class SourceNoteTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "srcnotes-" + Guid.NewGuid().ToString("N"));

    public SourceNoteTests()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, Bibliography.FileName), """
            csew:
              publisher: Office for National Statistics
              title: "Drug misuse in England and Wales: year ending March 2024"
              year: 2024
              url: https://www.ons.gov.uk/drugmisuse/2024
            lape-inequalities:
              publisher: Office for Health Improvement and Disparities
              title: "Public health profiles: Local Alcohol Profiles for England, inequalities"
              url: https://fingertips.phe.org.uk/profile/local-alcohol-profiles
            lape:
              publisher: Office for Health Improvement and Disparities
              title: "Public health profiles: Local Alcohol Profiles for England"
              url: https://fingertips.phe.org.uk/profile/local-alcohol-profiles
            ndtms:
              publisher: Office for Health Improvement and Disparities
              title: National Drug Treatment Monitoring System (NDTMS)
              url: https://www.ndtms.net/
            """);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Bibliography Load()
    {
        var diagnostics = new DiagnosticBag();
        var bibliography = Bibliography.Load(_folder, diagnostics);
        Assert.Empty(diagnostics.Items);
        return bibliography;
    }

    private static IndicatorDefinition Indicator(string id, string source, string? url) => new()
    {
        Id = id, Name = id, Measure = MeasureType.Proportion, Source = source, SourceUrl = url,
    };

    [Fact]
    public void An_indicator_whose_address_is_a_bibliography_entry_is_cited_as_that_entry_with_its_year_and_link()
    {
        var bibliography = Load();
        // Scheme, "www." and a closing "/" do not make a different address.
        var line = SourceNotes.Line([Indicator("a", "ONS, Drug misuse in England and Wales (Crime Survey)", "http://ons.gov.uk/drugmisuse/2024/")], bibliography);
        Assert.Equal("Office for National Statistics (2024). [Drug misuse in England and Wales: year ending March 2024](<https://www.ons.gov.uk/drugmisuse/2024>).", line);
        Assert.Equal(["csew"], bibliography.Cited.Select(r => r.Key));
    }

    [Fact]
    public void Entries_sharing_an_address_go_to_the_closest_title_and_an_address_alone_is_not_enough()
    {
        var bibliography = Load();
        var lape = Indicator("deaths", "OHID Local Alcohol Profiles for England, from ONS death registrations", "https://fingertips.phe.org.uk/profile/local-alcohol-profiles");
        Assert.Equal("lape", SourceNotes.EntryFor(bibliography, lape.SourceUrl, lape.Source)?.Key);
        // ndtms.net serves many sources: prevalence estimates hosted there are not the treatment monitoring system.
        var ocu = Indicator("ocu", "OHID and Liverpool John Moores University, opiate and crack cocaine use prevalence estimates", "https://www.ndtms.net/");
        Assert.Null(SourceNotes.EntryFor(bibliography, ocu.SourceUrl, ocu.Source));
        var treatment = Indicator("adults", "National Drug Treatment Monitoring System (NDTMS)", "https://www.ndtms.net/");
        // Two indicators citing one entry name it once; the unmatched one keeps its own text and link.
        var line = SourceNotes.Line([lape, ocu, treatment, treatment with { Id = "adults2", Source = "NDTMS, 12-month rolling totals" }], bibliography);
        Assert.Equal("Office for Health Improvement and Disparities (undated). [Public health profiles: Local Alcohol Profiles for England](<https://fingertips.phe.org.uk/profile/local-alcohol-profiles>); "
            + "[OHID and Liverpool John Moores University, opiate and crack cocaine use prevalence estimates](<https://www.ndtms.net/>); "
            + "Office for Health Improvement and Disparities (undated). [National Drug Treatment Monitoring System (NDTMS)](<https://www.ndtms.net/>).", line);
        Assert.Equal(["lape", "ndtms"], bibliography.Cited.Select(r => r.Key));
    }

    [Fact]
    public void The_data_period_is_worded_from_the_periods_shown_first_to_last()
    {
        Assert.Equal("Data for 2021-23.", SourceNotes.DataPeriod([Period.Parse("2021-23"), Period.Parse("2021 - 23")]));
        Assert.Equal("Data for 2019/20 to 2023/24.",
            SourceNotes.DataPeriod(new[] { "2023/24", "2019/20", "2021/22", "2020/21", "2022/23" }.Select(Period.Parse)));
        Assert.Null(SourceNotes.DataPeriod(Array.Empty<Period>()));
    }

    [Fact]
    public void Only_a_note_without_a_publication_year_is_dated_by_its_data()
    {
        Period[] shown = [Period.Parse("2022/23"), Period.Parse("2023/24")];
        const string dated = "Office for National Statistics (2024). [Drug misuse](<https://ons.gov.uk/x>).";
        Assert.Equal(dated, SourceNotes.WithDataPeriod(dated, shown));
        Assert.Equal("Office for Health Improvement and Disparities (undated). NDTMS. Data for 2022/23 to 2023/24.",
            SourceNotes.WithDataPeriod("Office for Health Improvement and Disparities (undated). NDTMS.", shown));
        // One undated source among dated ones still leaves the reader without the edition of that one.
        Assert.EndsWith("; OHID (undated). NDTMS. Data for 2022/23 to 2023/24.", SourceNotes.WithDataPeriod(dated[..^1] + "; OHID (undated). NDTMS.", shown));
        Assert.Equal("[Treatment provider data](<https://x.org>). Data for 2022/23 to 2023/24.", SourceNotes.WithDataPeriod("[Treatment provider data](<https://x.org>)", shown));
        Assert.Equal("Provider data", SourceNotes.WithDataPeriod("Provider data", Array.Empty<Period>()));
        Assert.Equal("", SourceNotes.WithDataPeriod("", shown));
    }
}
