using System.Net;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Web.Tests.Infrastructure;

public class HealthTests
{
    [Test]
    public async Task Health_is_200_when_the_database_answers()
    {
        using var factory = new IndicatorHubFactory(seed: false);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("Healthy"));
    }

    [Test]
    public async Task Health_is_503_when_the_database_cannot_be_read()
    {
        using var factory = new IndicatorHubFactory(seed: false);
        using var client = factory.CreateClient();
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(factory.Folder))
        {
            File.Delete(file);
        }

        await File.WriteAllTextAsync(factory.DatabasePath, "this is not a SQLite database, it is a corrupted file of text");

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
    }
}
