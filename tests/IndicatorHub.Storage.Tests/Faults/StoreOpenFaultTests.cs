using IndicatorHub.Storage.Faults;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Tests.Faults;

/// <summary>Opening a store sorts what is wrong with the file into a <see cref="StoreFault"/>, before writing to it.</summary>
public class StoreOpenFaultTests
{
    private string _folder = string.Empty;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("indicatorhub-faults-").FullName;

    [TearDown]
    public void DeleteFolder()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Test]
    public void A_folder_is_refused()
    {
        Assert.That(() => IndicatorStore.Open(_folder), Throws.TypeOf<StoreFaultException>().With.Property(nameof(StoreFaultException.Fault)).EqualTo(StoreFault.IsAFolder));
    }

    [Test]
    public void A_text_file_is_refused_untouched()
    {
        var path = Path.Combine(_folder, "data.csv");
        File.WriteAllText(path, "indicator,area\n");

        Assert.That(() => IndicatorStore.Open(path, forWriting: true), Throws.TypeOf<StoreFaultException>().With.Property(nameof(StoreFaultException.Fault)).EqualTo(StoreFault.NotADatabase));
        Assert.That(File.ReadAllText(path), Is.EqualTo("indicator,area\n"));
    }

    [Test]
    public void Damaged_pages_are_found_by_quick_check_when_opening_for_writing()
    {
        var path = Path.Combine(_folder, "store.db");
        IndicatorStore.Open(path);
        SqliteConnection.ClearAllPools();
        using (var file = new FileStream(path, FileMode.Open, FileAccess.Write))
        {
            file.Position = 8192;
            file.Write(Enumerable.Repeat((byte)0x5A, 8192).ToArray());
        }

        var before = File.ReadAllBytes(path);

        Assert.That(() => IndicatorStore.Open(path, forWriting: true), Throws.TypeOf<StoreFaultException>().With.Property(nameof(StoreFaultException.Fault)).EqualTo(StoreFault.Damaged));
        SqliteConnection.ClearAllPools();
        Assert.That(File.ReadAllBytes(path), Is.EqualTo(before), "nothing was written into the damaged file");
    }

    [TestCase(5, StoreFault.Locked)]
    [TestCase(11, StoreFault.Damaged)]
    [TestCase(26, StoreFault.NotADatabase)]
    [TestCase(8, StoreFault.ReadOnly)]
    [TestCase(13, StoreFault.DiskFull)]
    [TestCase(14, StoreFault.CannotOpen)]
    [TestCase(5 | (1 << 8), StoreFault.Locked)]
    public void SQLite_result_codes_map_to_faults(int code, StoreFault fault)
    {
        Assert.That(StoreFaults.Classify(new SqliteException("x", code, code)), Is.EqualTo(fault));
    }

    [Test]
    public void A_constraint_error_is_no_store_fault()
    {
        Assert.That(StoreFaults.Classify(new SqliteException("x", 19, 19)), Is.Null);
    }
}
