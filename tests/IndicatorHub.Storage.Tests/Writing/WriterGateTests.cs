using IndicatorHub.Storage.Writing;

namespace IndicatorHub.Storage.Tests.Writing;

/// <summary>The writer queue: one writer at a time, the rest wait in arrival order knowing their position.</summary>
public sealed class WriterGateTests
{
    private string _folder = null!;

    private string Database => Path.Combine(_folder, "gate.db");

    [SetUp]
    public void SetUp() => _folder = Directory.CreateTempSubdirectory("indicatorhub-gate-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task Writers_wait_in_arrival_order_and_are_told_their_position()
    {
        var first = new WriterGate(Database).Enter();
        var positions = new[] { new List<int>(), new List<int>() };
        var order = new List<int>();
        var secondMayLeave = new TaskCompletionSource();
        var second = Task.Run(async () =>
        {
            using var turn = await new WriterGate(Database, TimeSpan.FromMilliseconds(20)).EnterAsync(p => Record(positions, 0, p));
            lock (order)
            {
                order.Add(2);
            }

            await secondMayLeave.Task;
        });
        await WaitUntil(() => Positions(positions, 0).Contains(1));
        var third = Task.Run(async () =>
        {
            using var turn = await new WriterGate(Database, TimeSpan.FromMilliseconds(20)).EnterAsync(p => Record(positions, 1, p));
            lock (order)
            {
                order.Add(3);
            }
        });
        await WaitUntil(() => Positions(positions, 1).Contains(2));
        Assert.That(second.IsCompleted || third.IsCompleted, Is.False, "nobody enters while the first holds the turn");

        first.Dispose();
        await WaitUntil(() => Positions(positions, 1).Contains(1));
        Assert.That(third.IsCompleted, Is.False, "the third waits while the second writes");
        secondMayLeave.SetResult();
        await Task.WhenAll(second, third);
        Assert.That(order, Is.EqualTo(new[] { 2, 3 }));
        Assert.That(Positions(positions, 0), Is.EqualTo(new[] { 1 }));
        Assert.That(Positions(positions, 1), Is.EqualTo(new[] { 2, 1 }), "the third moved up when the second got its turn");
    }

    [Test]
    public void A_ticket_left_by_a_process_that_died_does_not_block_the_queue()
    {
        var queue = Database + ".write.queue";
        Directory.CreateDirectory(queue);
        var stale = Path.Combine(queue, "0000000000000000001-dead.ticket");
        File.WriteAllText(stale, string.Empty);
        File.SetLastWriteTimeUtc(stale, DateTime.UtcNow.AddMinutes(-5));

        var waited = false;
        using (new WriterGate(Database).Enter(_ => waited = true))
        {
            Assert.That(waited, Is.False);
        }

        Assert.That(File.Exists(stale), Is.False);
    }

    [Test]
    public async Task A_cancelled_waiter_leaves_the_queue()
    {
        using var first = new WriterGate(Database).Enter();
        using var cancel = new CancellationTokenSource();
        var waiting = new WriterGate(Database, TimeSpan.FromMilliseconds(20)).EnterAsync(cancellation: cancel.Token);
        await WaitUntil(() => Directory.GetFiles(Database + ".write.queue").Length == 1);
        await cancel.CancelAsync();
        Assert.That(async () => await waiting, Throws.InstanceOf<OperationCanceledException>());
        Assert.That(Directory.GetFiles(Database + ".write.queue"), Is.Empty);
    }

    private static void Record(List<int>[] positions, int index, int position)
    {
        lock (positions)
        {
            positions[index].Add(position);
        }
    }

    private static List<int> Positions(List<int>[] positions, int index)
    {
        lock (positions)
        {
            return [.. positions[index]];
        }
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 300 && !condition(); i++)
        {
            await Task.Delay(20);
        }

        Assert.That(condition(), Is.True, "condition not reached");
    }
}
