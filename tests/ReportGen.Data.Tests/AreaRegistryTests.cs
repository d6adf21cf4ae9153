using ReportGen.Data.Diagnostics;
using ReportGen.Data.Model;
using ReportGen.Data.Tests.TestSupport;

namespace ReportGen.Data.Tests;

public class AreaRegistryTests
{
    [Fact]
    public void Walks_the_parent_chain_from_district_to_england()
    {
        var areas = Fixtures.Areas();
        Assert.Equal(["E10000003", "E12000006", "E92000001"], areas.ParentChain("E07000008").Select(a => a.Code));
        Assert.Equal(["E12000006", "E92000001"], areas.ParentChain("E06000031").Select(a => a.Code));
        Assert.Empty(areas.ParentChain("E92000001"));
        Assert.Empty(areas.ParentChain("E99999999"));
    }

    [Theory]
    [InlineData("Cambridgeshire")]
    [InlineData("cambridgeshire")]
    [InlineData("  CAMBRIDGESHIRE ")]
    [InlineData("E10000003")]
    [InlineData("e10000003")]
    public void Finds_an_area_by_code_or_name_ignoring_case(string text)
    {
        Assert.Equal("E10000003", Fixtures.Areas().Find(text)?.Code);
    }

    [Fact]
    public void Finds_by_short_name_and_treats_ampersand_as_and()
    {
        var areas = Fixtures.Areas();
        Assert.Equal("E12000006", areas.Find("East of England")?.Code);
        areas.Add(new Area("E06000003", "Redcar and Cleveland", AreaType.Unitary, "E12000001"));
        Assert.Equal("E06000003", areas.Find("Redcar & Cleveland")?.Code);
        Assert.Null(areas.Find("Cambridgeshire County"));
    }

    [Fact]
    public void Suggests_the_closest_area_for_a_typo()
    {
        var areas = Fixtures.Areas();
        Assert.Equal("E10000003", areas.Suggest("Cambrigdeshire")?.Code);
        Assert.Equal("E06000031", areas.Suggest("E0600031")?.Code);
        Assert.Null(areas.Suggest("Somewhere else entirely"));
    }

    [Fact]
    public void Lists_children_upper_tier_areas_and_regions()
    {
        var areas = Fixtures.Areas();
        Assert.Equal(["Cambridge", "South Cambridgeshire"], areas.Children("E10000003").Select(a => a.Name));
        Assert.Equal(["Cambridgeshire", "Hertfordshire", "Norfolk", "Peterborough"], areas.UpperTierAreas.Select(a => a.Name));
        Assert.Equal("E12000006", areas.RegionOf("E07000012")?.Code);
        Assert.Equal("E12000006", areas.RegionOf("E12000006")?.Code);
        Assert.Null(areas.RegionOf("E92000001"));
        Assert.Equal("England", areas.England?.Name);
        Assert.Equal("East of England", areas.Get("E12000006")!.DisplayName);
    }

    [Fact]
    public void Reports_bad_types_repeated_codes_and_bad_parents_with_rows()
    {
        var bag = new DiagnosticBag();
        var areas = AreaRegistry.Read(new StringReader("""
            code,name,short_name,type,parent_code
            E92000001,England,,england,
            E12000006,East of England,,region,E92000001
            E10000003,Cambridgeshire,,county,E12000066
            E07000008,Cambridge,,distrct,E10000003
            E10000003,Cambridgeshire again,,county,E12000006
            E06000031,Peterborough,,unitary,
            E07000012,South Cambridgeshire,,district,E12000006
            """), "areas.csv", bag);

        Fixtures.Single(bag, DataDiagnosticCodes.BadChoice, "areas.csv", 5, "type");
        Assert.Contains("district", bag.Items.Single(d => d.Code == DataDiagnosticCodes.BadChoice).Fix);
        Fixtures.Single(bag, DataDiagnosticCodes.DuplicateDefinition, "areas.csv", 6, "code");
        var parents = bag.Items.Where(d => d.Code == DataDiagnosticCodes.BadParent).ToList();
        Assert.Equal([4, 7, 8], parents.Select(d => d.Line!.Value));
        Assert.All(parents, d => Assert.Equal("parent_code", d.Column));
        Assert.Contains("E12000006", parents[0].Fix);          // the closest known code to E12000066
        Assert.Contains("must be a county", parents[2].Message); // a district under a region
        Assert.Null(areas.Get("E07000008"));
        Assert.Equal("Cambridgeshire", areas.Get("E10000003")!.Name);
    }

    [Fact]
    public void Reports_a_missing_column_listing_those_found()
    {
        var bag = new DiagnosticBag();
        AreaRegistry.Read(new StringReader("code,name,kind\nE92000001,England,england\n"), "areas.csv", bag);
        var missing = bag.Items.Where(d => d.Code == DataDiagnosticCodes.MissingColumn).Select(d => d.Column).ToList();
        Assert.Equal(["type", "parent_code"], missing);
        Assert.Contains("'code', 'name', 'kind'", bag.Items[0].Message);
    }

    [Fact]
    public void Reads_comparator_groups_and_reports_unknown_codes_with_lines()
    {
        var areas = Fixtures.Areas();
        var bag = new DiagnosticBag();
        areas.ReadComparators(new StringReader("""
            E10000003:
              - name: CIPFA nearest neighbours
                areas: [E10000015, E10000020, E10000099]
              - name: Region
                areas:
                  - E06000031
            E06000031:
              - name: Unitaries
                area: [E10000003]
            """), "comparators.yaml", bag);

        var groups = areas.ComparatorGroups("e10000003");
        Assert.Equal(["CIPFA nearest neighbours", "Region"], groups.Select(g => g.Name));
        Assert.Equal(["E10000015", "E10000020"], groups[0].AreaCodes);
        Assert.Equal(["E06000031"], groups[1].AreaCodes);
        Fixtures.Single(bag, DataDiagnosticCodes.UnknownArea, "comparators.yaml", 3, null);
        Fixtures.Single(bag, DataDiagnosticCodes.UnknownKey, "comparators.yaml", 9, "area");
        Fixtures.Single(bag, DataDiagnosticCodes.BadEntry, "comparators.yaml", 8, null);
        Assert.Empty(areas.ComparatorGroups("E07000008"));
    }

    [Fact]
    public void A_comparator_group_with_made_up_members_is_flagged_illustrative()
    {
        var areas = Fixtures.Areas();
        var bag = new DiagnosticBag();
        areas.ReadComparators(new StringReader("""
            E10000003:
              - name: Statistical neighbours (illustrative)
                illustrative: true
                areas: [E10000015]
              - name: Published neighbours
                areas: [E10000020]
              - name: Unsure
                illustrative: maybe
                areas: [E10000020]
            """), "comparators.yaml", bag);

        var groups = areas.ComparatorGroups("E10000003");
        Assert.True(groups[0].Illustrative);
        Assert.False(groups[1].Illustrative);
        var error = Assert.Single(bag.Errors);
        Assert.Contains("'illustrative' should be true or false", error.Message);
        Assert.Equal(8, error.Line);   // the "illustrative: maybe" line
    }

    [Fact]
    public void Reports_malformed_yaml_with_its_line()
    {
        var bag = new DiagnosticBag();
        Fixtures.Areas().ReadComparators(new StringReader("E10000003:\n  - name: [unclosed\n"), "comparators.yaml", bag);
        var d = Assert.Single(bag.Items);
        Assert.Equal(DataDiagnosticCodes.FileUnreadable, d.Code);
        Assert.NotNull(d.Line);
    }
}
