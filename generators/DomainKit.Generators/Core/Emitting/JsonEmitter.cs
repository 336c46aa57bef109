using System.Linq;
using DomainKit.Generators.Core.Checking;
using DomainKit.Generators.Core.Model;

namespace DomainKit.Generators.Core.Emitting;

/// <summary>
/// Emits reflection-free JSON over <c>Utf8JsonReader</c>/<c>Utf8JsonWriter</c>: the public API
/// (<c>ToJson</c>, <c>WriteJson</c>, <c>FromJson</c>, <c>TryFromJson</c>), a System.Text.Json converter,
/// and the internal <c>ReadJsonCore</c> that reads on after a bad value so one pass finds every error.
/// </summary>
internal static class JsonEmitter
{
    private const string Json = "global::System.Text.Json";
    private const string Token = Json + ".JsonTokenType";
    private const string Reader = "ref " + Json + ".Utf8JsonReader reader";
    private const string Runtime = "global::DomainKit.Runtime";
    private const string Options = "global::DomainKit.DomainJsonOptions";
    private const string Context = Runtime + ".JsonReadContext context";
    private const string Primitives = Runtime + ".JsonPrimitives";

    public static string ConverterAttribute(TypeSpec type) =>
        $"[{Json}.Serialization.JsonConverter(typeof({ConverterName(type)}))]";

    private static string ConverterName(TypeSpec type) => type.Kind == TypeKind.Enum
        ? type.FullName + "JsonConverter"
        : type.FullName + ".DomainJsonConverter";

    // ---- records ---------------------------------------------------------------------------

    public static void EmitRecord(IndentedWriter writer, TypeSpec type)
    {
        writer.Line("/// <summary>Writes this record as a JSON object; optional fields that are null are left out.</summary>")
            .Open($"public void WriteJson({Json}.Utf8JsonWriter writer)")
            .Line("writer.WriteStartObject();");
        var locals = new LocalNames();
        foreach (var property in type.Properties) WriteProperty(writer, property, locals);
        writer.Line("writer.WriteEndObject();").Close().Line();
        EmitPublicApi(writer, type, nullable: true);
        EmitRecordReader(writer, type);
        EmitConverter(writer, type, nullable: true);
        foreach (var property in type.Properties)
        {
            writer.Line($"private static readonly {Json}.JsonEncodedText {NameField(property)} = {Json}.JsonEncodedText.Encode({CSharpLiteral.String(property.WireName)});");
        }
    }

    private static string NameField(PropertySpec property) => "__Json_" + property.PropertyName;

    private static void WriteProperty(IndentedWriter writer, PropertySpec property, LocalNames locals)
    {
        var type = property.Type;
        var name = NameField(property);
        if (type.Optional)
        {
            var present = "present" + property.PropertyName;
            writer.Open($"if ({property.PropertyName} is {{ }} {present})");
            WriteNamedValue(writer, type with { Optional = false }, name, present, locals, knownNotNull: true);
            writer.Close();
            return;
        }
        WriteNamedValue(writer, type, name, property.PropertyName, locals, knownNotNull: false);
    }

    /// <summary><paramref name="knownNotNull"/>: the value was just unwrapped from an optional, so no null check is needed.</summary>
    private static void WriteNamedValue(IndentedWriter writer, FieldTypeSpec type, string name, string value, LocalNames locals, bool knownNotNull)
    {
        // System.Text.Json's combined name-and-value writes, where it has them, are its fastest path.
        // A value type writes its wrapped primitive bare, so it can use them too.
        if (type.Kind == FieldTypeKind.Value) value += ".Value";
        var combined = type.Kind is not (FieldTypeKind.Primitive or FieldTypeKind.Value) ? null : type.Primitive switch
        {
            PrimitiveKind.String => $"writer.WriteString({name}, {value});",
            PrimitiveKind.Bool => $"writer.WriteBoolean({name}, {value});",
            PrimitiveKind.Int or PrimitiveKind.Long or PrimitiveKind.Decimal => $"writer.WriteNumber({name}, {value});",
            PrimitiveKind.Guid or PrimitiveKind.DateTime => $"writer.WriteString({name}, {value});",
            _ => null,
        };
        if (combined is not null)
        {
            writer.Line(combined);
            return;
        }
        writer.Line($"writer.WritePropertyName({name});");
        WriteValue(writer, type.Kind == FieldTypeKind.Value ? type with { Kind = FieldTypeKind.Primitive } : type, value, locals, knownNotNull);
    }

    /// <summary><paramref name="knownNotNull"/>: the value was just unwrapped from an optional, so no null check is needed.</summary>
    private static void WriteValue(IndentedWriter writer, FieldTypeSpec type, string value, LocalNames locals, bool knownNotNull = false)
    {
        if (type.Optional)
        {
            var present = locals.Next("present");
            writer.Open($"if ({value} is {{ }} {present})");
            WriteValue(writer, type with { Optional = false }, present, locals, knownNotNull: true);
            writer.Close().Line("else writer.WriteNullValue();");
            return;
        }
        switch (type.Kind)
        {
            case FieldTypeKind.Record:
                writer.Line(knownNotNull ? $"{value}.WriteJson(writer);" : $"if ({value} is null) writer.WriteNullValue(); else {value}.WriteJson(writer);");
                break;
            case FieldTypeKind.Value:
                writer.Line($"{value}.WriteJson(writer);");
                break;
            case FieldTypeKind.Enum:
                writer.Line($"{type.CSharpType}JsonConverter.WriteJsonValue(writer, {value});");
                break;
            case FieldTypeKind.List:
            case FieldTypeKind.Set:
                var item = locals.Next("item");
                writer.Line("writer.WriteStartArray();")
                    .Open($"foreach (var {item} in {value}.AsSpan())");
                WriteValue(writer, type.Element!, item, locals);
                writer.Close().Line("writer.WriteEndArray();");
                break;
            case FieldTypeKind.Map:
                var keys = locals.Next("keys");
                var values = locals.Next("values");
                var index = locals.Next("i");
                writer.Line("writer.WriteStartObject();")
                    .Line($"var {keys} = {value}.KeySpan;")
                    .Line($"var {values} = {value}.ValueSpan;")
                    .Open($"for (var {index} = 0; {index} < {keys}.Length; {index}++)")
                    .Line($"writer.WritePropertyName({keys}[{index}]);");
                WriteValue(writer, type.Element!, $"{values}[{index}]", locals);
                writer.Close().Line("writer.WriteEndObject();");
                break;
            default:
                writer.Line(WritePrimitive(type.Primitive, value, knownNotNull));
                break;
        }
    }

    private static string WritePrimitive(PrimitiveKind primitive, string value, bool knownNotNull) => primitive switch
    {
        PrimitiveKind.String when knownNotNull => $"writer.WriteStringValue({value});",
        PrimitiveKind.Uri when knownNotNull => $"{Primitives}.WriteUri(writer, {value});",
        PrimitiveKind.String => $"if ({value} is null) writer.WriteNullValue(); else writer.WriteStringValue({value});",
        PrimitiveKind.Bool => $"writer.WriteBooleanValue({value});",
        PrimitiveKind.Int or PrimitiveKind.Long or PrimitiveKind.Decimal => $"writer.WriteNumberValue({value});",
        PrimitiveKind.Double => $"{Primitives}.WriteDouble(writer, {value});",
        PrimitiveKind.Date => $"{Primitives}.WriteDate(writer, {value});",
        PrimitiveKind.Time => $"{Primitives}.WriteTime(writer, {value});",
        PrimitiveKind.DateTime or PrimitiveKind.Guid => $"writer.WriteStringValue({value});",
        PrimitiveKind.Duration => $"{Primitives}.WriteTimeSpan(writer, {value});",
        _ => $"if ({value} is null) writer.WriteNullValue(); else {Primitives}.WriteUri(writer, {value});",
    };

    private static void EmitRecordReader(IndentedWriter writer, TypeSpec type)
    {
        writer.Line("/// <summary>Reads the object at the reader; every problem goes to <paramref name=\"context\"/> and reading goes on.</summary>")
            .Open($"internal static {type.Name}? ReadJsonCore({Reader}, {Context})")
            .Open($"if (reader.TokenType != {Token}.StartObject)")
            .Line("context.WrongType(ref reader, \"an object\");")
            .Line("return null;")
            .Close();
        foreach (var property in type.Properties)
        {
            var initial = property.DefaultExpression ?? (property.Type.Optional ? "default" : "default!");
            writer.Line($"{property.Type.CSharpDeclaration} v{property.PropertyName} = {initial};")
                .Line($"var has{property.PropertyName} = false;");
        }
        writer.Open($"while (reader.Read() && reader.TokenType != {Token}.EndObject)");
        var first = true;
        var locals = new LocalNames();
        foreach (var property in type.Properties)
        {
            writer.Open($"{(first ? "" : "else ")}if (reader.ValueTextEquals({CSharpLiteral.String(property.WireName)}u8))")
                .Line("reader.Read();")
                .Line($"context.Push({CSharpLiteral.String(property.WireName)});")
                .Line($"if (has{property.PropertyName}) context.Duplicate(ref reader, {CSharpLiteral.String(property.WireName)});")
                .Open("else")
                .Line($"has{property.PropertyName} = true;");
            new ReadContext(writer, locals).Read(property.Type, "v" + property.PropertyName);
            writer.Close().Line("context.Pop();").Close();
            first = false;
        }
        if (!first) writer.Open("else");
        if (type.UnknownFieldsError) writer.Line($"context.Unknown(ref reader, \"{type.Name}\");");
        else writer.Line("reader.Read();").Line("reader.TrySkip();");
        if (!first) writer.Close();
        writer.Close();
        foreach (var property in type.Properties.Where(p => p.IsRequired))
        {
            writer.Line($"if (!has{property.PropertyName}) context.Missing({CSharpLiteral.String(property.WireName)});");
        }
        var assignments = string.Join(", ", type.Properties.Select(p => $"{p.PropertyName} = v{p.PropertyName}"));
        writer.Line($"return new {type.Name} {{ {assignments} }};").Close().Line();
    }

    // ---- value types -----------------------------------------------------------------------

    public static void EmitValue(IndentedWriter writer, TypeSpec type)
    {
        var wrapped = type.Wrapped!.Type;
        writer.Line("/// <summary>Writes the wrapped value as a bare JSON primitive.</summary>")
            .Open($"public void WriteJson({Json}.Utf8JsonWriter writer)");
        WriteValue(writer, wrapped, "Value", new LocalNames());
        writer.Close().Line();
        EmitPublicApi(writer, type, nullable: false);
        writer.Line("/// <summary>Reads the primitive at the reader and wraps it, unchecked: validation runs once the whole document is read.</summary>")
            .Line($"internal static {type.Name} ReadJsonCore({Reader}, {Context}) => new {type.Name}({ReadPrimitive(wrapped.Primitive)});")
            .Line();
        EmitConverter(writer, type, nullable: false);
    }

    // ---- enums -----------------------------------------------------------------------------

    public static void EmitEnumConverter(IndentedWriter writer, TypeSpec type)
    {
        var members = string.Join(", ", type.Members.Select(m => m.WireName));
        writer.Line()
            .Line($"/// <summary>Reads and writes <see cref=\"{type.Name}\"/> as its member names, exactly as written in the schema.</summary>")
            .Line("[global::System.CodeDom.Compiler.GeneratedCode(\"DomainKit\", \"" + SourceEmitter.GeneratorVersion + "\")]")
            .Open($"public sealed class {type.Name}JsonConverter : {Json}.Serialization.JsonConverter<{type.Name}>")
            .Line("/// <inheritdoc />")
            .Line($"public override {type.Name} Read({Reader}, global::System.Type typeToConvert, {Json}.JsonSerializerOptions options) =>")
            .Line($"    global::DomainKit.Runtime.JsonReading.ReadForConverter(ref reader, {ReaderLambda}, static (_, _) => true);")
            .Line()
            .Line("/// <inheritdoc />")
            .Line($"public override void Write({Json}.Utf8JsonWriter writer, {type.Name} value, {Json}.JsonSerializerOptions options) => WriteJsonValue(writer, value);")
            .Line()
            .Line("/// <summary>Writes the member's schema name; an undefined value is written as its number.</summary>")
            .Open($"public static void WriteJsonValue({Json}.Utf8JsonWriter writer, {type.Name} value)")
            .Open("switch (value)");
        foreach (var member in type.Members)
        {
            writer.Line($"case {type.Name}.{member.Name}: writer.WriteStringValue(__Json_{member.Name}); break;");
        }
        writer.Line("default: writer.WriteNumberValue((int)value); break;")
            .Close()
            .Close()
            .Line()
            .Open($"internal static {type.Name} ReadJsonCore({Reader}, {Context})");
        if (type.Members.Count > 0) writer.Open($"if (reader.TokenType == {Token}.String)");
        foreach (var member in type.Members)
        {
            writer.Line($"if (reader.ValueTextEquals({CSharpLiteral.String(member.WireName)}u8)) return {type.Name}.{member.Name};");
        }
        if (type.Members.Count > 0) writer.Close();
        writer.Line($"context.UnknownMember(ref reader, \"{type.Name}\", {CSharpLiteral.String(members)});")
            .Line("return default;")
            .Close();
        foreach (var member in type.Members)
        {
            writer.Line($"private static readonly {Json}.JsonEncodedText __Json_{member.Name} = {Json}.JsonEncodedText.Encode({CSharpLiteral.String(member.WireName)});");
        }
        writer.Close();
    }

    // ---- shared ----------------------------------------------------------------------------

    private static void EmitPublicApi(IndentedWriter writer, TypeSpec type, bool nullable)
    {
        var name = type.Name;
        var outType = nullable ? name + "?" : name;
        var notNull = nullable ? "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] " : "";
        var validate = ValidateLambda(name, nullable);
        writer.Block($$"""
            /// <summary>This value as JSON text.</summary>
            public string ToJson() => {{Runtime}}.JsonWriterCache.ToJson(this, static (value, writer) => value.WriteJson(writer));

            /// <summary>Reads JSON text; throws <see cref="global::DomainKit.DomainValidationException"/> listing every problem.</summary>
            public static {{name}} FromJson(string json) => {{Runtime}}.JsonReading.FromString(json, static utf8 => FromJson(utf8));

            /// <summary>Reads UTF-8 JSON; throws <see cref="global::DomainKit.DomainValidationException"/> listing every problem.</summary>
            public static {{name}} FromJson(global::System.ReadOnlySpan<byte> utf8) =>
                {{Runtime}}.JsonReading.Read<{{outType}}>(utf8, {{Options}}.Default, {{ReaderLambda}}, {{validate}}){{(nullable ? "!" : "")}};

            /// <summary>Reads UTF-8 JSON without throwing: every structural and constraint problem is in <paramref name="result"/>.</summary>
            public static bool TryFromJson(global::System.ReadOnlySpan<byte> utf8, {{notNull}}out {{outType}} value, out global::DomainKit.ValidationResult result) =>
                TryFromJson(utf8, {{Options}}.Default, out value, out result);

            /// <summary>Reads UTF-8 JSON without throwing, within the limits of <paramref name="options"/>.</summary>
            public static bool TryFromJson(global::System.ReadOnlySpan<byte> utf8, {{Options}} options, {{notNull}}out {{outType}} value, out global::DomainKit.ValidationResult result) =>
                {{Runtime}}.JsonReading.TryRead<{{outType}}>(utf8, options, {{ReaderLambda}}, {{validate}}, out value, out result);

            """);
    }

    private static void EmitConverter(IndentedWriter writer, TypeSpec type, bool nullable)
    {
        var name = type.Name;
        var outType = nullable ? name + "?" : name;
        writer.Block($$"""
            /// <summary>Lets <c>JsonSerializer</c> use the generated reader and writer, with default options.</summary>
            public sealed class DomainJsonConverter : {{Json}}.Serialization.JsonConverter<{{name}}>
            {
                /// <inheritdoc />
                public override {{outType}} Read({{Reader}}, global::System.Type typeToConvert, {{Json}}.JsonSerializerOptions options) =>
                    {{Runtime}}.JsonReading.ReadForConverter<{{outType}}>(ref reader, {{ReaderLambda}}, {{ValidateLambda(name, nullable)}});

                /// <inheritdoc />
                public override void Write({{Json}}.Utf8JsonWriter writer, {{name}} value, {{Json}}.JsonSerializerOptions options) => value.WriteJson(writer);
            }

            """);
    }

    /// <summary>The generated type's own <c>ReadJsonCore</c>, as a static lambda the runtime's entry points take.</summary>
    private const string ReaderLambda = "static (" + Reader + ", " + Context + ") => ReadJsonCore(ref reader, context)";

    private static string ValidateLambda(string typeName, bool nullable) =>
        $"static (value, sink) => value{(nullable ? "!" : "")}.ValidateCore(sink, \"\", \"{typeName}\")";

    private static string ReadPrimitive(PrimitiveKind primitive) => $"{Primitives}.{primitive switch
    {
        PrimitiveKind.String => "ReadString",
        PrimitiveKind.Bool => "ReadBoolean",
        PrimitiveKind.Int => "ReadInt32",
        PrimitiveKind.Long => "ReadInt64",
        PrimitiveKind.Decimal => "ReadDecimal",
        PrimitiveKind.Double => "ReadDouble",
        PrimitiveKind.Date => "ReadDate",
        PrimitiveKind.Time => "ReadTime",
        PrimitiveKind.DateTime => "ReadDateTimeOffset",
        PrimitiveKind.Duration => "ReadTimeSpan",
        PrimitiveKind.Guid => "ReadGuid",
        _ => "ReadUri",
    }}(ref reader, context)";

    /// <summary>Writes statements that read the value at the reader into a variable; locals are numbered per method.</summary>
    private sealed class ReadContext
    {
        private readonly IndentedWriter _writer;
        private readonly LocalNames _locals;

        public ReadContext(IndentedWriter writer, LocalNames locals)
        {
            _writer = writer;
            _locals = locals;
        }

        public void Read(FieldTypeSpec type, string target)
        {
            _writer.Open($"if (reader.TokenType == {Token}.Null)")
                .Line(type.Optional ? $"{target} = null;" : "context.NullNotAllowed();")
                .Close()
                .Open("else");
            ReadPresent(type with { Optional = false }, target);
            _writer.Close();
        }

        private void ReadPresent(FieldTypeSpec type, string target)
        {
            switch (type.Kind)
            {
                case FieldTypeKind.Record:
                    _writer.Line($"{target} = {type.CSharpType}.ReadJsonCore(ref reader, context)!;");
                    break;
                case FieldTypeKind.Value:
                    _writer.Line($"{target} = {type.CSharpType}.ReadJsonCore(ref reader, context);");
                    break;
                case FieldTypeKind.Enum:
                    _writer.Line($"{target} = {type.CSharpType}JsonConverter.ReadJsonCore(ref reader, context);");
                    break;
                case FieldTypeKind.List:
                case FieldTypeKind.Set:
                    ReadArray(type, target);
                    break;
                case FieldTypeKind.Map:
                    ReadMap(type, target);
                    break;
                default:
                    _writer.Line($"{target} = {ReadPrimitive(type.Primitive)};");
                    break;
            }
        }

        private void ReadArray(FieldTypeSpec type, string target)
        {
            var n = _locals.Next("");
            var element = type.Element!.CSharpDeclaration;
            _writer.Open($"if (reader.TokenType != {Token}.StartArray)")
                .Line("context.WrongType(ref reader, \"an array\");")
                .Close()
                .Open("else")
                .Line($"var buffer{n} = new global::DomainKit.Runtime.CollectionBuffer<{element}>();")
                .Line($"var index{n} = 0;")
                .Open($"while (reader.Read() && reader.TokenType != {Token}.EndArray)")
                .Line($"context.Push(index{n}++);")
                .Line($"{element} item{n} = default!;");
            Read(type.Element!, $"item{n}");
            _writer.Line($"buffer{n}.Add(item{n});")
                .Line("context.Pop();")
                .Close()
                .Line($"{target} = buffer{n}.{(type.Kind == FieldTypeKind.Set ? "ToValueSet" : "ToValueList")}();")
                .Close();
        }

        private void ReadMap(FieldTypeSpec type, string target)
        {
            var n = _locals.Next("");
            var element = type.Element!.CSharpDeclaration;
            _writer.Open($"if (reader.TokenType != {Token}.StartObject)")
                .Line("context.WrongType(ref reader, \"an object\");")
                .Close()
                .Open("else")
                .Line($"var buffer{n} = new global::DomainKit.Runtime.MapBuffer<{element}>();")
                .Open($"while (reader.Read() && reader.TokenType != {Token}.EndObject)")
                .Line($"var key{n} = {Primitives}.ReadKey(ref reader, context);")
                .Line($"context.Push(key{n});")
                .Line("reader.Read();")
                .Line($"{element} item{n} = default!;");
            Read(type.Element!, $"item{n}");
            _writer.Line($"buffer{n}.Add(key{n}, item{n});")
                .Line("context.Pop();")
                .Close()
                .Line($"{target} = buffer{n}.ToValueMap(context);")
                .Close();
        }
    }
}
