using CsCheck;
using DomainKit.Runtime;
using DomainKit.Schema.Model;

namespace DomainKit.Testing;

/// <summary>
/// A CsCheck generator of valid values. Its size is the JSON's weight (nodes and characters), so CsCheck's shrinking
/// keeps the failing values with fewer items, fields and characters.
/// </summary>
internal sealed class ValidGen<T>(InstanceFactory factory, TypeSpec type) : Gen<T>
    where T : IJsonDocument<T>
{
    public override T Generate(PCG pcg, Size? min, out Size size)
    {
        var (value, json) = factory.Valid<T>(pcg, type, new Tally());
        size = new Size(json.Weight);
        return value;
    }
}
