using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportGen.Charts;

/// <summary>
/// Chart images kept on disk by what they were drawn from, so a rebuild after a data update draws again only the charts
/// whose data, house style or drawing code changed (the others are read back, byte for byte what a fresh render gives).
/// </summary>
/// <remarks>
/// The key is a SHA-256 of everything a render depends on: the spec (all its properties, as JSON, with its type), the
/// house style, the font the text is drawn with, and the identity of the drawing code (the module version ids of this
/// library, of the chart kind's library and of the plotting libraries, which change whenever their code does). An
/// image is therefore never reused for a chart that would now be drawn differently. Entries are written atomically
/// (a temporary file renamed into place); a damaged, missing or unreadable entry is drawn again. The folder is kept
/// under a size limit, least recently used first. Safe to use from many threads and from builds running side by side.
/// A cache that cannot be written (a read-only disk, say) is switched off for the rest of the run, never an error.
/// </remarks>
public sealed class ChartImageCache
{
    private static readonly byte[] PngSignature = [137, 80, 78, 71, 13, 10, 26, 10];
    private static readonly JsonSerializerOptions KeyJson = new()
    {
        IncludeFields = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    private readonly long _maxBytes;
    private int _hits, _misses;
    private volatile bool _broken;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<(byte[] Png, byte[]? Svg)>> _drawing = new(StringComparer.Ordinal);

    /// <summary>A cache in <paramref name="folder"/> (created when first written), kept under <paramref name="maxBytes"/>.</summary>
    public ChartImageCache(string folder, long maxBytes = 256L * 1024 * 1024)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 0);
        Folder = Path.GetFullPath(folder);
        _maxBytes = maxBytes;
    }

    /// <summary>Where the images are kept.</summary>
    public string Folder { get; }

    /// <summary>Charts read back from the cache so far.</summary>
    public int Hits => _hits;

    /// <summary>Charts drawn because the cache had no usable image.</summary>
    public int Misses => _misses;

    /// <summary>
    /// The key of a chart drawn from <paramref name="spec"/> in <paramref name="style"/> with <paramref name="fontFamily"/>
    /// by <paramref name="drawing"/>, or null when the spec cannot be written out whole (such a chart is simply not cached).
    /// </summary>
    public static string? KeyFor(ChartSpec spec, ChartStyle style, string fontFamily, IChartDrawing drawing, KeyUse use = KeyUse.Image)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(style);
        ArgumentNullException.ThrowIfNull(drawing);
        byte[] specJson, styleJson;
        try
        {
            specJson = drawing.SpecKeyJson is { } generated && generated.Type == spec.GetType()
                ? JsonSerializer.SerializeToUtf8Bytes(spec, generated)
                : JsonSerializer.SerializeToUtf8Bytes(spec, spec.GetType(), KeyJson);
            styleJson = JsonSerializer.SerializeToUtf8Bytes(style, ChartStyleJson.Default.ChartStyle);
        }
        catch (NotSupportedException)
        {
            return null;
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(text));
            hash.AppendData([0]);
        }
        Add(use == KeyUse.Image ? "reportgen-chart-image-v1" : "reportgen-chart-fit-height-v1");
        Add(CodeIdentity(drawing.GetType(), spec.GetType()));
        Add(fontFamily);
        Add(spec.GetType().FullName ?? spec.GetType().Name);
        hash.AppendData(styleJson);
        hash.AppendData([0]);
        hash.AppendData(specJson);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The image stored under <paramref name="key"/>, with its SVG when <paramref name="wantSvg"/>; false when there is none usable.</summary>
    public bool TryGet(string key, bool wantSvg, out byte[] png, out byte[]? svg)
    {
        if (TryRead(key, wantSvg, out png, out svg))
        {
            Interlocked.Increment(ref _hits);
            return true;
        }
        return Miss();
    }

    /// <summary>
    /// The image under <paramref name="key"/>: read back when stored, otherwise drawn by <paramref name="draw"/> and
    /// stored. Within one process a chart is drawn once even when several threads ask for it at the same time (the
    /// national charts every area shows, built side by side): the others wait for that drawing and take its bytes.
    /// </summary>
    public (byte[] Png, byte[]? Svg) GetOrDraw(string key, bool wantSvg, Func<(byte[] Png, byte[]? Svg)> draw)
    {
        ArgumentNullException.ThrowIfNull(draw);
        if (TryGet(key, wantSvg, out var png, out var svg)) return (png, svg);
        var drawnHere = false;
        var entry = new Lazy<(byte[] Png, byte[]? Svg)>(() =>
        {
            // Stored by another thread between the look-up above and now.
            if (TryRead(key, wantSvg, out var stored, out var storedSvg)) return (stored, storedSvg);
            drawnHere = true;
            var drawn = draw();
            Put(key, drawn.Png, drawn.Svg);
            return drawn;
        });
        var shared = _drawing.GetOrAdd(key, entry);
        try
        {
            var result = shared.Value;
            // Counted once as drawn (by TryGet above); a chart another thread drew is reused, not drawn again.
            if (!drawnHere)
            {
                Interlocked.Decrement(ref _misses);
                Interlocked.Increment(ref _hits);
            }
            return result;
        }
        finally
        {
            // Only while it is being drawn: once stored, later requests read it back like any other.
            if (ReferenceEquals(shared, entry)) _drawing.TryRemove(new KeyValuePair<string, Lazy<(byte[] Png, byte[]? Svg)>>(key, entry));
        }
    }

    private bool TryRead(string key, bool wantSvg, out byte[] png, out byte[]? svg)
    {
        png = [];
        svg = null;
        if (_broken) return false;
        var pngPath = PathOf(key, ".png");
        try
        {
            if (!File.Exists(pngPath)) return false;
            var bytes = File.ReadAllBytes(pngPath);
            if (bytes.Length < PngSignature.Length + 12 || !bytes.AsSpan(0, PngSignature.Length).SequenceEqual(PngSignature)
                || !bytes.AsSpan(bytes.Length - 8, 4).SequenceEqual("IEND"u8))
                return false;
            if (wantSvg)
            {
                var svgPath = PathOf(key, ".svg");
                if (!File.Exists(svgPath)) return false;
                svg = File.ReadAllBytes(svgPath);
            }
            png = bytes;
            // Touched, so the size limit removes the images no recent build has used first.
            File.SetLastWriteTimeUtc(pngPath, DateTime.UtcNow);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            png = [];
            svg = null;
            return false;
        }
        return true;
    }

    /// <summary>
    /// The fitted height (<see cref="IChartDrawing.FitHeightCm"/>) stored under <paramref name="key"/> (a
    /// <see cref="KeyUse.FitHeight"/> key): measuring a chart's text needs the drawing library, which an unchanged
    /// rebuild otherwise never loads.
    /// </summary>
    public bool TryGetFitHeight(string key, out double heightCm)
    {
        heightCm = 0;
        if (_broken) return false;
        var path = PathOf(key, ".fit");
        try
        {
            if (!File.Exists(path)) return false;
            if (!double.TryParse(File.ReadAllText(path), System.Globalization.NumberStyles.Float,
                    System.Globalization.CultureInfo.InvariantCulture, out heightCm) || !double.IsFinite(heightCm) || heightCm <= 0)
                return false;
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Stores a measured fitted height under <paramref name="key"/> (exactly, so a reused height equals a measured one).</summary>
    public void PutFitHeight(string key, double heightCm)
    {
        if (_broken || !double.IsFinite(heightCm)) return;
        try
        {
            Directory.CreateDirectory(Folder);
            WriteAtomically(PathOf(key, ".fit"), Encoding.UTF8.GetBytes(heightCm.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _broken = true;
        }
    }

    /// <summary>Stores a freshly drawn image (and its SVG, if any) under <paramref name="key"/>.</summary>
    public void Put(string key, byte[] png, byte[]? svg)
    {
        if (_broken) return;
        try
        {
            Directory.CreateDirectory(Folder);
            // The SVG first: an entry is only complete, and only read, once its PNG is in place.
            if (svg is not null) WriteAtomically(PathOf(key, ".svg"), svg);
            WriteAtomically(PathOf(key, ".png"), png);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _broken = true;
        }
    }

    /// <summary>Removes the least recently used images until the folder is under its size limit.</summary>
    public void Prune()
    {
        try
        {
            if (!Directory.Exists(Folder)) return;
            var files = new DirectoryInfo(Folder).GetFiles().OrderByDescending(f => f.LastWriteTimeUtc).ToList();
            long kept = 0;
            foreach (var file in files)
            {
                kept += file.Length;
                // Leftovers of an interrupted write are removed once they are old enough not to belong to a live build.
                var stale = file.Name.Contains(".tmp-", StringComparison.Ordinal) && file.LastWriteTimeUtc < DateTime.UtcNow.AddHours(-1);
                if (kept > _maxBytes || stale) file.Delete();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Pruning is housekeeping; the next build tries again.
        }
    }

    private bool Miss()
    {
        Interlocked.Increment(ref _misses);
        return false;
    }

    private string PathOf(string key, string extension)
    {
        if (key.Length != 64 || !key.All(char.IsAsciiHexDigitLower))
            throw new ArgumentException("A chart cache key is 64 lower-case hex digits.", nameof(key));
        return Path.Combine(Folder, key + extension);
    }

    private static void WriteAtomically(string path, byte[] bytes)
    {
        var temp = path + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    private static string CodeIdentity(params Type[] types) =>
        string.Join("|", types.Select(t => t.Assembly)
            .Append(typeof(ChartImageCache).Assembly)
            .Append(typeof(ScottPlot.Plot).Assembly)
            .Append(typeof(SkiaSharp.SKCanvas).Assembly)
            .Distinct()
            .Select(a => a.GetName().Name + "@" + a.ManifestModule.ModuleVersionId));
}

/// <summary>What a chart cache key stands for: the drawn image, or the chart's fitted height.</summary>
public enum KeyUse
{
    Image,
    FitHeight,
}

/// <summary>The chart style written out for the cache key by generated code (see <see cref="ChartImageCache.KeyFor"/>).</summary>
[JsonSourceGenerationOptions(IncludeFields = true, NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(ChartStyle))]
internal sealed partial class ChartStyleJson : JsonSerializerContext;
