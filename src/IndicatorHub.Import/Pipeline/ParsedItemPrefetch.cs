using System.Collections.Concurrent;
using IndicatorHub.Import.Parsing;

namespace IndicatorHub.Import.Pipeline;

/// <summary>
/// Runs a parser on the second core, a few thousand items ahead of the writer, so reading and decoding the file
/// overlaps with SQLite's inserts. Memory stays bounded: at most <see cref="Capacity"/> chunks are in flight.
/// </summary>
internal static class ParsedItemPrefetch
{
    private const int ChunkSize = 8192;
    private const int Capacity = 4;

    /// <summary>The items of <paramref name="source"/>, in order; the parser's exceptions surface here.</summary>
    internal static IEnumerable<ParsedItem> Run(IEnumerable<ParsedItem> source)
    {
        using var chunks = new BlockingCollection<(ParsedItem[] Items, int Count)>(Capacity);
        using var stop = new CancellationTokenSource();
        Exception? failure = null;
        var producer = new Thread(() =>
        {
            try
            {
                var items = new ParsedItem[ChunkSize];
                var count = 0;
                foreach (var item in source)
                {
                    items[count++] = item;
                    if (count == ChunkSize)
                    {
                        chunks.Add((items, count), stop.Token);
                        items = new ParsedItem[ChunkSize];
                        count = 0;
                    }
                }

                if (count > 0)
                {
                    chunks.Add((items, count), stop.Token);
                }
            }
            catch (OperationCanceledException)
            {
                // The consumer stopped early.
            }
            catch (Exception e)
            {
                failure = e;
            }
            finally
            {
                chunks.CompleteAdding();
            }
        })
        { IsBackground = true, Name = "IndicatorHub parser" };
        producer.Start();
        try
        {
            foreach (var (items, count) in chunks.GetConsumingEnumerable())
            {
                for (var i = 0; i < count; i++)
                {
                    yield return items[i];
                }
            }

            producer.Join();
            if (failure is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
            }
        }
        finally
        {
            stop.Cancel();
            producer.Join();
        }
    }
}
