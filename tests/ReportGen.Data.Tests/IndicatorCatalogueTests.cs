using ReportGen.Data.Diagnostics;
using ReportGen.Data.Tests.TestSupport;
using ReportGen.Statistics;

namespace ReportGen.Data.Tests;

public class IndicatorCatalogueTests
{
    [Fact]
    public void Reads_every_field_and_applies_defaults()
    {
        var bag = new DiagnosticBag();
        var catalogue = IndicatorCatalogue.Read(new StringReader("""
            - id: alcohol_specific_mortality        # a comment
              name: Alcohol-specific mortality
              short_name: Alcohol-specific deaths
              measure: dsr
              multiplier: 100000
              unit: per 100,000
              polarity: higher_is_worse
              decimals: 1
              sex: Persons
              age: All ages
              source: OHID Local Alcohol Profiles for England
              source_url: https://fingertips.phe.org.uk/profile/local-alcohol-profiles
              fingertips_id: 91380
              disclosure_threshold: 5
            - id: people_in_treatment
              name: People in treatment
              measure: count
              source: NDTMS
            """), "indicators.yaml", bag);

        Assert.Empty(bag.Items);
        var d = catalogue.Get("alcohol_specific_mortality")!;
        Assert.Equal(MeasureType.DirectlyStandardisedRate, d.Measure);
        Assert.Equal(Polarity.HigherIsWorse, d.Polarity);
        Assert.Equal(100000, d.Multiplier);
        Assert.Equal("per 100,000", d.Unit);
        Assert.Equal("Alcohol-specific deaths", d.DisplayName);
        Assert.Equal(91380, d.FingertipsId);
        Assert.Same(d, catalogue.GetByFingertipsId(91380));
        var counts = catalogue.Get("PEOPLE_IN_TREATMENT")!;
        Assert.Equal((Polarity.NoJudgement, 1.0, 1, "Persons", "All ages", 5, (int?)null, ""),
            (counts.Polarity, counts.Multiplier, counts.Decimals, counts.Sex, counts.Age, counts.DisclosureThreshold, counts.FingertipsId, counts.Unit));
        Assert.Equal(["alcohol_specific_mortality", "people_in_treatment"], catalogue.All.Select(x => x.Id));
    }

    [Fact]
    public void Reports_bad_entries_with_line_numbers_and_leaves_them_out()
    {
        var bag = new DiagnosticBag();
        var catalogue = IndicatorCatalogue.Read(new StringReader("""
            - id: good_one
              name: Good
              measure: proportion
              source: Somewhere
              fingertips_id: 1234
            - id: bad_measure
              name: Bad measure
              measure: percentage
              source: Somewhere
            - id: bad_polarity
              name: Bad polarity
              measure: count
              polarity: lower_is_better
              source: Somewhere
            - id: good_one
              name: Repeated id
              measure: count
              source: Somewhere
            - id: no_name
              measure: count
              source: Somewhere
            - id: no_source
              name: No source
              measure: count
            - id: repeated_fingertips
              name: Repeated Fingertips id
              measure: count
              source: Somewhere
              fingertips_id: 1234
            - id: Bad Id
              name: Bad id
              measure: count
              source: Somewhere
              decimals: two
              polarty: higher_is_better
            """), "indicators.yaml", bag);

        Assert.Equal(["good_one"], catalogue.All.Select(d => d.Id));
        Fixtures.Single(bag, DataDiagnosticCodes.UnknownKey, "indicators.yaml", 35, "polarty");
        Assert.Contains("'polarity'", bag.Items.Single(d => d.Code == DataDiagnosticCodes.UnknownKey).Fix);
        var choices = bag.Items.Where(d => d.Code == DataDiagnosticCodes.BadChoice).ToList();
        Assert.Equal([(8, "measure"), (13, "polarity")], choices.Select(d => (d.Line!.Value, d.Column!)));
        Assert.Contains("crude_rate", choices[0].Fix);
        Assert.Contains("higher_is_better", choices[1].Fix);
        var duplicates = bag.Items.Where(d => d.Code == DataDiagnosticCodes.DuplicateDefinition).ToList();
        Assert.Equal([(15, "id"), (29, "fingertips_id")], duplicates.Select(d => (d.Line!.Value, d.Column!)));
        Assert.Contains("line 1.", duplicates[0].Message);
        Assert.Contains("line 5;", duplicates[1].Message);
        var missing = bag.Items.Where(d => d.Code == DataDiagnosticCodes.MissingValue).ToList();
        Assert.Equal([(19, "name"), (22, "source")], missing.Select(d => (d.Line!.Value, d.Column!)));
        var entries = bag.Items.Where(d => d.Code == DataDiagnosticCodes.BadEntry).ToList();
        Assert.Equal([(30, "id"), (34, "decimals")], entries.Select(d => (d.Line!.Value, d.Column!)));
        Assert.Contains("'bad_id'", entries[0].Fix);
    }

    [Fact]
    public void Reports_malformed_yaml_with_its_line()
    {
        var bag = new DiagnosticBag();
        var catalogue = IndicatorCatalogue.Read(new StringReader("- id: a\n  name: A\n   measure: count\n"), "indicators.yaml", bag);
        var d = Assert.Single(bag.Items);
        Assert.Equal(DataDiagnosticCodes.FileUnreadable, d.Code);
        Assert.Equal(3, d.Line);
        Assert.Equal(0, catalogue.Count);
    }

    [Fact]
    public void Suggests_the_closest_id()
    {
        Assert.Equal("treatment_completion", Fixtures.Indicators().SuggestId("treatment_complete"));
        Assert.Null(Fixtures.Indicators().SuggestId("zzz"));
    }
}
