namespace DomainKit.Tests;

internal static class ValidationAssert
{
    public static void Valid(ValidationResult result) =>
        Assert.True(result.IsValid, "expected valid, got:\n" + result);

    /// <summary>Exactly one error, with this path and code; returns its message.</summary>
    public static string Single(ValidationResult result, string path, string code)
    {
        Assert.False(result.IsValid, "expected an error, got a valid result");
        var error = Assert.Single(result.Errors);
        Assert.Equal((path, code), (error.Path, error.Code));
        return error.Message;
    }
}
