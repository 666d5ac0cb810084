using System.Diagnostics;
using System.Globalization;

namespace IndicatorHub.Bench.Import;

/// <summary>Runs a command and measures its wall time and peak resident memory (VmHWM from /proc).</summary>
internal static class ProcessMeter
{
    internal sealed record Measurement(TimeSpan Elapsed, long PeakBytes, int ExitCode, string Output);

    internal static Measurement Run(string fileName, IEnumerable<string> arguments, string? standardInput = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = standardInput is not null,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        if (standardInput is not null)
        {
            process.StandardInput.Write(standardInput);
            process.StandardInput.Close();
        }

        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.WaitForExit(50))
        {
            peak = Math.Max(peak, ReadPeak(process.Id));
        }

        clock.Stop();
        return new Measurement(clock.Elapsed, peak, process.ExitCode, output.Result + error.Result);
    }

    private static long ReadPeak(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
            // The process ended between the check and the read.
        }

        return 0;
    }
}
