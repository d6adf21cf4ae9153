using System.Text;
using ReportGen.Fingertips.Tests.TestSupport;

namespace ReportGen.Fingertips.Tests;

public class FingertipsCacheTests
{
    private static readonly FetchItem Item = new(93532, "dependent_drinkers_not_in_treatment", FingertipsAreaType.UpperTier);

    [Fact]
    public void A_copy_without_its_sidecar_is_still_used_and_dated_by_the_file()
    {
        using var data = new DataFolder();
        var path = data.Write("fingertips/fingertips-93532-502.csv", DataFolder.Export(93532));
        File.SetLastWriteTimeUtc(path, new DateTime(2024, 3, 1, 8, 30, 0, DateTimeKind.Utc));

        var entry = new FingertipsCache(data.Cache).Find(Item)!;

        Assert.True(entry.Reconstructed);
        Assert.Equal("2024-03-01 08:30 UTC", entry.DateText);
        Assert.Equal(17, entry.Rows);
        Assert.Equal(27, entry.Columns);
        Assert.Null(new FingertipsCache(data.Cache).Find(Item with { AreaType = FingertipsAreaType.Regions }));
    }

    [Fact]
    public void A_copy_edited_after_download_is_flagged()
    {
        using var data = new DataFolder();
        var cache = new FingertipsCache(data.Cache);
        var temp = cache.NewTempPath(Item);
        Assert.DoesNotMatch(@"\.csv$", temp);
        File.WriteAllText(temp, DataFolder.Export(93532));
        cache.Commit(Item, temp, new CacheEntry
        {
            FingertipsId = 93532, ChildAreaTypeId = 502, ParentAreaTypeId = 15, DownloadedAt = DateTime.UtcNow,
            Sha256 = FingertipsCache.Sha256Of(temp), Rows = 17,
        });
        Assert.False(File.Exists(temp));
        Assert.True(cache.Find(Item)!.MatchesFile);

        File.AppendAllText(cache.CsvPath(Item), "\n");
        Assert.False(cache.Find(Item)!.MatchesFile);
    }

    [Fact]
    public void The_shape_scan_keeps_line_breaks_inside_quotes_and_sees_cut_records()
    {
        // The 93356 export has CRLF records and a line break inside a quoted Indicator Name.
        var whole = Scan(DataFolder.Export(93356));
        Assert.Equal(26, whole.Header.Count);
        Assert.Equal(852, whole.DataRecords);
        // Its rows stop one field short of the header, all alike: consistent, so not a sign of truncation.
        Assert.Equal(25, whole.LastFieldCount);
        Assert.Equal(25, whole.PreviousFieldCount);
        Assert.False(whole.EndsInsideQuotes);

        var cut = Scan("a,b,c\r\n1,\"x\r\ny\",3\r\n4,5");
        Assert.Equal(2, cut.DataRecords);
        Assert.Equal(2, cut.LastFieldCount);
        Assert.Equal(3, cut.PreviousFieldCount);
        Assert.Equal(3, cut.LastRecordNumber);

        var open = Scan("a,b\n1,\"never closed\n");
        Assert.True(open.EndsInsideQuotes);
        Assert.Equal(["a", "b"], Scan("\uFEFFa, b \n1,2\n").Header);
    }

    private static CsvShape Scan(string text) => CsvShape.Scan(new MemoryStream(Encoding.UTF8.GetBytes(text)));
}
