using AgreementLang.Concurrency;

namespace AgreementLang.Tests.Concurrency;

public sealed class InputOrderTests
{
    [Fact]
    public void Results_come_in_the_order_of_the_items_whatever_the_time_each_takes()
    {
        var items = Enumerable.Range(0, 200).ToArray();

        // Early items take longest, so on two or more cores later ones finish first.
        var results = InputOrder.Map(items, i =>
        {
            Thread.SpinWait((200 - i) * 200);
            return i * 3;
        });
        Assert.Equal(items.Select(i => i * 3), results);
    }

    [Fact]
    public void One_thread_keeps_every_item_on_the_calling_thread()
    {
        var caller = Environment.CurrentManagedThreadId;
        var threads = InputOrder.Map(Enumerable.Range(0, 64).ToArray(), _ => Environment.CurrentManagedThreadId, threads: 1);
        Assert.All(threads, id => Assert.Equal(caller, id));
    }

    [Fact]
    public void A_failure_is_rethrown_as_itself_and_it_is_that_of_the_first_failing_item()
    {
        var items = Enumerable.Range(0, 100).ToArray();
        var error = Assert.Throws<InvalidOperationException>(() => InputOrder.Map<int, int>(items, i =>
            i % 10 == 7 ? throw new InvalidOperationException("item " + i) : i));
        Assert.Equal("item 7", error.Message);
    }

    [Fact]
    public void No_items_give_no_results()
    {
        Assert.Empty(InputOrder.Map(Array.Empty<string>(), s => s.Length));
    }
}
