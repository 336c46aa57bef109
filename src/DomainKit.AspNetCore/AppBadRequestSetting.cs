namespace DomainKit.AspNetCore;

/// <summary>
/// <c>RouteHandlerOptions.ThrowOnBadRequest</c> as the app had it before DomainKit set it; recorded when the options
/// are made (a <c>PostConfigure</c> in <see cref="DomainKitServiceCollectionExtensions.AddDomainKit"/>).
/// </summary>
internal sealed class AppBadRequestSetting
{
    public bool ThrowOnBadRequest { get; set; }
}
