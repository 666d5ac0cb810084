using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Cli.Tests.Faults;

/// <summary>
/// Issue 11, class 3: each database fault, made for real, gives one sentence naming the path and what to do, exit
/// 1, no stack trace, and the store exactly as it was (integrity_check ok).
/// </summary>
public class DatabaseFaultTests
{
    private const string Header = "indicator,area,period,dimension,subgroup,value\n";

    private static string Kolada(string file) => Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "kolada", file);

    [Test]
    public void A_damaged_database_is_refused_before_anything_is_written()
    {
        using var cli = new CliRun();
        Assert.That(cli.Run(["import", Kolada("v2_flat_N00923_medellivslangd_man_by_geo_year.csv")]).ExitCode, Is.Zero);
        SqliteConnection.ClearAllPools();
        Damage(cli.DatabasePath);
        var before = File.ReadAllBytes(cli.DatabasePath);
        var csv = cli.WriteFile("ok.csv", Header + "N00923,0180,2021,total,total,81.5\n");

        var result = cli.Run(["import", csv]);

        AssertOneSentence(result, cli.DatabasePath, "is damaged", "backup");
        SqliteConnection.ClearAllPools();
        Assert.That(File.ReadAllBytes(cli.DatabasePath), Is.EqualTo(before), "the damaged file was not written to");
    }

    [Test]
    public void A_database_whose_length_is_cut_is_refused()
    {
        using var cli = new CliRun();
        Assert.That(cli.Run(["import", Kolada("v2_flat_N00923_medellivslangd_man_by_geo_year.csv")]).ExitCode, Is.Zero);
        SqliteConnection.ClearAllPools();
        using (var file = new FileStream(cli.DatabasePath, FileMode.Open, FileAccess.Write))
        {
            file.SetLength(file.Length / 2);
        }

        var result = cli.Run(["import", cli.WriteFile("ok.csv", Header + "N00923,0180,2021,total,total,81.5\n")]);

        AssertOneSentence(result, cli.DatabasePath, "is damaged", "backup");
    }

    [Test]
    public void A_damaged_header_is_refused()
    {
        using var cli = new CliRun();
        Assert.That(cli.Run(["list", "batches"]).ExitCode, Is.Zero);
        SqliteConnection.ClearAllPools();
        var bytes = File.ReadAllBytes(cli.DatabasePath);
        bytes.AsSpan(0, 16).Fill((byte)'x');
        File.WriteAllBytes(cli.DatabasePath, bytes);

        var result = cli.Run(["list", "batches"]);

        AssertOneSentence(result, cli.DatabasePath, "not an IndicatorHub database", "--db");
    }

    [Test]
    public void Db_naming_a_csv_is_refused_and_the_csv_is_untouched()
    {
        using var cli = new CliRun();
        var csv = cli.WriteFile("data.csv", Header + "N00923,0180,2021,total,total,81.5\n");
        var before = File.ReadAllBytes(csv);

        var result = cli.Run(["import", csv, "--db", csv], withDb: false);

        AssertOneSentence(result, csv, "not an IndicatorHub database", "--db");
        Assert.That(File.ReadAllBytes(csv), Is.EqualTo(before));
        Assert.That(File.Exists(csv + "-wal"), Is.False);
    }

    [Test]
    public void Db_naming_a_folder_is_refused()
    {
        using var cli = new CliRun();

        var result = cli.Run(["list", "batches", "--db", cli.Folder], withDb: false);

        AssertOneSentence(result, cli.Folder, "is a folder", "--db");
    }

    [Test]
    public void An_empty_db_is_a_usage_error_not_the_default_path()
    {
        using var cli = new CliRun();
        var csv = cli.WriteFile("ok.csv", Header + "N00923,0180,2021,total,total,81.5\n");

        var result = cli.Run(["import", csv, "--db", ""], withDb: false);

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("--db was given an empty path"));
    }

    [Test]
    public void A_writer_holding_the_lock_past_the_busy_timeout_gives_locked_and_nothing_changes()
    {
        using var cli = new CliRun();
        Assert.That(cli.Run(["import", Kolada("v2_flat_N00923_medellivslangd_man_by_geo_year.csv")]).ExitCode, Is.Zero);
        var count = ObservationCount(cli.DatabasePath);
        cli.SetEnvironment("IndicatorHub__BusyTimeoutSeconds", "1");
        using (var holder = new SqliteConnection($"Data Source={cli.DatabasePath};Pooling=False"))
        {
            holder.Open();
            using var begin = holder.CreateCommand();
            begin.CommandText = "BEGIN IMMEDIATE";
            begin.ExecuteNonQuery();

            var result = cli.Run(["import", Kolada("v2_flat_N01951_invanare_totalt_by_geo_year.csv")]);

            AssertOneSentence(result, cli.DatabasePath, "is locked", "Wait");
            Assert.That(result.Error, Does.Contain("after 1 s"));
        }

        Assert.That(ObservationCount(cli.DatabasePath), Is.EqualTo(count));
    }

    [Test]
    public void A_read_only_database_file_is_refused()
    {
        using var cli = new CliRun();
        Assert.That(cli.Run(["import", Kolada("v2_flat_N00923_medellivslangd_man_by_geo_year.csv")]).ExitCode, Is.Zero);
        var count = ObservationCount(cli.DatabasePath);
        SqliteConnection.ClearAllPools();

        // Tests run as root, whom chmod does not stop; an immutable file stops root too.
        if (!Run("chattr", "+i", cli.DatabasePath))
        {
            Assert.Ignore("chattr +i is not available on this file system, and root ignores chmod: no read-only file can be made");
        }

        try
        {
            var result = cli.Run(["import", Kolada("v2_flat_N01951_invanare_totalt_by_geo_year.csv")]);

            Assert.That(result.ExitCode, Is.EqualTo(1), result.Error);
            Assert.That(result.Error, Does.Contain(cli.DatabasePath));
            Assert.That(result.Error, Does.Contain("read-only").Or.Contain("cannot be opened"));
            Assert.That(result.Error, Does.Not.Contain("   at "));
        }
        finally
        {
            Run("chattr", "-i", cli.DatabasePath);
        }

        Assert.That(ObservationCount(cli.DatabasePath), Is.EqualTo(count));
    }

    [Test]
    public void A_full_disk_gives_a_sentence_and_stores_nothing()
    {
        using var cli = new CliRun();
        var mount = Path.Combine(cli.Folder, "small");
        Directory.CreateDirectory(mount);
        if (!Run("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", mount))
        {
            Assert.Ignore("no small file system can be mounted here (mount -t tmpfs needs privileges this machine does not give)");
        }

        try
        {
            var db = Path.Combine(mount, "full.db");
            var first = cli.Run(["import", Kolada("v2_flat_N00923_medellivslangd_man_by_geo_year.csv"), "--db", db], withDb: false);
            Assert.That(first.ExitCode, Is.Zero, first.Error);
            var count = ObservationCount(db);

            // 3 MiB holds the migrated store and one Kolada file, not this file's rows.
            var rows = string.Concat(Enumerable.Range(0, 120_000).Select(i => $"N99999,0180,2021,grupp,g{i:D6} {new string('x', 40)},{i}\n"));
            var big = cli.WriteFile("big.csv", Header + rows);

            var result = cli.Run(["import", big, "--db", db], withDb: false);

            AssertOneSentence(result, db, "full", "Free");
            SqliteConnection.ClearAllPools();
            Assert.That(ObservationCount(db), Is.EqualTo(count));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Run("umount", mount);
        }
    }

    private static void AssertOneSentence(CliRun.Result result, string path, string what, string todo)
    {
        Assert.That(result.ExitCode, Is.EqualTo(1), result.Error);
        Assert.That(result.Error, Does.Contain("indicatorhub: ").And.Contain(path).And.Contain(what).And.Contain(todo));
        Assert.That(result.Error, Does.Not.Contain("Exception").And.Not.Contain("   at "), "no stack trace");
        Assert.That(result.Error.Trim().Split('\n'), Has.Length.EqualTo(1), "one line");
    }

    /// <summary>Overwrites the middle pages of a database with garbage, as a bad sector or a torn copy does.</summary>
    private static void Damage(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Write);
        file.Position = 8192;
        file.Write(Enumerable.Repeat((byte)0xA5, (int)Math.Min(32768, file.Length - 8192)).ToArray());
    }

    private static long ObservationCount(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        Assert.That(command.ExecuteScalar(), Is.EqualTo("ok"));
        command.CommandText = "SELECT COUNT(*) FROM observations";
        return (long)command.ExecuteScalar()!;
    }

    private static bool Run(string program, params string[] args)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
