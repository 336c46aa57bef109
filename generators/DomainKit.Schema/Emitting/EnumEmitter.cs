
namespace DomainKit.Schema.Emitting;

/// <summary>A C# <c>enum</c>; member names are the schema's, PascalCased.</summary>
internal static class EnumEmitter
{
    public static void Emit(IndentedWriter writer, TypeSpec type)
    {
        SourceEmitter.WriteTypeHeader(writer, type);
        writer.Open("public enum " + type.Name);
        foreach (var member in type.Members)
        {
            DocComments.Write(writer, member.Doc);
            DocComments.WriteObsolete(writer, member.Obsolete);
            writer.Line(member.Name + ",");
        }
        writer.Close();
        JsonEmitter.EmitEnumConverter(writer, type);
    }
}
