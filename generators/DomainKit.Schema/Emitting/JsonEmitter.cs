using System.Collections.Generic;
using System.Linq;

namespace DomainKit.Schema.Emitting;

/// <summary>
/// Emits reflection-free JSON over DomainKit's <c>Utf8Input</c> reader and <c>Utf8Output</c> writer: the public API
/// (<c>ToJson</c>, <c>WriteJson</c>, <c>FromJson</c>, <c>TryFromJson</c>), a System.Text.Json converter,
/// and the internal <c>ReadJsonCore</c> that reads on after a bad value so one pass finds every error.
/// </summary>
internal static class JsonEmitter
{
    private const string Json = "global::System.Text.Json";
    private const string Token = Json + ".JsonTokenType";
    private const string Reader = "ref " + Runtime + ".Utf8Input reader";
    private const string Runtime = SourceEmitter.Runtime;
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
        EmitWriters(writer, "Writes this record as a JSON object; optional fields that are null are left out.");
        writer.Open($"internal void WriteJsonCore<TOutput>(TOutput output) where TOutput : struct, {Runtime}.IJsonOutput")
            .Line("output.StartObject();");
        var locals = new LocalNames();
        foreach (var property in type.Properties) WriteProperty(writer, property, locals);
        writer.Line("output.EndObject();").Close().Line();
        EmitPublicApi(writer, type, nullable: true);
        EmitObjectReader(writer, type.Name, type.Name, $"internal static {type.Name}? ReadJsonCore({Reader}, {Context})", type.Properties, type.UnknownFieldsError, discriminator: null, type.Reserved,
            ValidationEmitter.HasOwnChecks(type.Properties, type.Rules));
        EmitConverterAndInterface(writer, type, nullable: true);
        EmitNames(writer, type.Properties);
    }

    private static void EmitNames(IndentedWriter writer, EquatableArray<PropertySpec> properties)
    {
        foreach (var property in properties)
        {
            writer.Line($"private static readonly {Runtime}.JsonName {NameField(property)} = new({CSharpLiteral.String(property.WireName)});");
        }
    }

    /// <summary>
    /// The public writers, all over the one generic <c>WriteJsonCore</c>: DomainKit's own UTF-8 writer for
    /// <c>ToUtf8Json</c>, <c>ToJson</c> and buffer writers; a <c>Utf8JsonWriter</c> for <c>JsonSerializer</c>.
    /// </summary>
    private static void EmitWriters(IndentedWriter writer, string summary) => writer.Block($$"""
        /// <summary>{{summary}}</summary>
        public void WriteJson({{Json}}.Utf8JsonWriter writer) => WriteJsonCore(new {{Runtime}}.WriterOutput(writer));

        /// <summary>Writes this value as UTF-8 JSON to <paramref name="output"/>; the same bytes as <see cref="ToUtf8Json"/>.</summary>
        public void WriteJson(global::System.Buffers.IBufferWriter<byte> output) => {{Runtime}}.JsonWriterCache.WriteJson(this, output);

        /// <summary>This value as UTF-8 JSON.</summary>
        public byte[] ToUtf8Json() => {{Runtime}}.JsonWriterCache.ToUtf8Json(this);

        """);

    private static string NameField(PropertySpec property) => "__Json_" + property.PropertyName;

    internal static void WriteProperty(IndentedWriter writer, PropertySpec property, LocalNames locals)
    {
        var type = property.Type;
        var name = NameField(property);
        if (!type.Optional)
        {
            WriteNamedValue(writer, type, name, property.PropertyName, locals, knownNotNull: false);
            return;
        }
        var present = "present" + property.PropertyName;
        var test = $"if ({property.PropertyName} is {{ }} {present})";
        if (IsPrimitiveOnTheWire(type))
        {
            writer.Line($"{test} {CombinedWrite(type, name, present)}");
            return;
        }
        writer.Open(test);
        WriteNamedValue(writer, type with { Optional = false }, name, present, locals, knownNotNull: true);
        writer.Close();
    }

    /// <summary>A loop over a collection's items: on one line when an item is one statement, else in a block.</summary>
    private static void Loop(IndentedWriter writer, string header, FieldTypeSpec element, string item, LocalNames locals)
    {
        var body = new IndentedWriter();
        WriteValue(body, element, item, locals);
        var lines = body.ToString().TrimEnd('\n');
        if (lines.IndexOf('\n') < 0)
        {
            writer.Line($"{header} {lines}");
            return;
        }
        writer.Open(header).Block(lines).Close();
    }

    private static bool IsPrimitiveOnTheWire(FieldTypeSpec type) => type.Kind is FieldTypeKind.Primitive or FieldTypeKind.Value;

    /// <summary>A property written in one call: a primitive, or a value type's wrapped primitive.</summary>
    private static string CombinedWrite(FieldTypeSpec type, string name, string value) =>
        $"{Runtime}.JsonWrite.Property(output, {name}, {value}{(type.Kind == FieldTypeKind.Value ? ".Value" : "")});";

    /// <summary><paramref name="knownNotNull"/>: the value was just unwrapped from an optional, so no null check is needed.</summary>
    private static void WriteNamedValue(IndentedWriter writer, FieldTypeSpec type, string name, string value, LocalNames locals, bool knownNotNull)
    {
        if (IsPrimitiveOnTheWire(type))
        {
            writer.Line(CombinedWrite(type, name, value));
            return;
        }
        WriteValue(writer, type, value, locals, knownNotNull, name);
    }

    /// <summary>
    /// <paramref name="knownNotNull"/>: the value was just unwrapped from an optional, so no null check is needed.
    /// <paramref name="name"/>: the property the value belongs to, written first; null for an item of a collection.
    /// </summary>
    private static void WriteValue(IndentedWriter writer, FieldTypeSpec type, string value, LocalNames locals, bool knownNotNull = false, string? name = null)
    {
        if (name is not null && type.Kind is not (FieldTypeKind.List or FieldTypeKind.Set or FieldTypeKind.Map)) writer.Line($"output.Name({name});");
        if (type.Optional)
        {
            var present = locals.Next("present");
            writer.Open($"if ({value} is {{ }} {present})");
            WriteValue(writer, type with { Optional = false }, present, locals, knownNotNull: true);
            writer.Close().Line("else output.Null();");
            return;
        }
        switch (type.Kind)
        {
            case FieldTypeKind.Record:
                writer.Line(knownNotNull ? $"{value}.WriteJsonCore(output);" : $"if ({value} is null) output.Null(); else {value}.WriteJsonCore(output);");
                break;
            case FieldTypeKind.Value:
                writer.Line($"output.Value({value}.Value);");
                break;
            case FieldTypeKind.Enum:
                writer.Line($"{type.CSharpType}JsonConverter.WriteJsonValue(output, {value});");
                break;
            case FieldTypeKind.List:
            case FieldTypeKind.Set:
                var item = locals.Next("item");
                writer.Line(name is null ? "output.StartArray();" : $"{Runtime}.JsonWrite.StartArray(output, {name});");
                Loop(writer, $"foreach (var {item} in {value}.AsSpan())", type.Element!, item, locals);
                writer.Line("output.EndArray();");
                break;
            case FieldTypeKind.Map:
                var keys = locals.Next("keys");
                var values = locals.Next("values");
                var index = locals.Next("i");
                writer.Line(name is null ? "output.StartObject();" : $"{Runtime}.JsonWrite.StartObject(output, {name});")
                    .Line($"var {keys} = {value}.KeySpan;")
                    .Line($"var {values} = {value}.ValueSpan;")
                    .Open($"for (var {index} = 0; {index} < {keys}.Length; {index}++)")
                    .Line($"output.Name({keys}[{index}]);");
                WriteValue(writer, type.Element!, $"{values}[{index}]", locals);
                writer.Close().Line("output.EndObject();");
                break;
            default:
                writer.Line($"output.Value({value});");
                break;
        }
    }

    // ---- unions ----------------------------------------------------------------------------

    /// <summary>
    /// A union's base: the public writers over an abstract <c>WriteJsonCore</c>, the shared fields' writer, and a
    /// reader that finds the discriminator wherever it stands and hands the object to that variant's reader.
    /// </summary>
    public static void EmitUnion(IndentedWriter writer, TypeSpec type)
    {
        EmitWriters(writer, "Writes this value as a JSON object: the discriminator first, then the shared fields, then the variant's.");
        writer.Line($"internal abstract void WriteJsonCore<TOutput>(TOutput output) where TOutput : struct, {Runtime}.IJsonOutput;")
            .Line()
            .Open($"private protected void WriteSharedJson<TOutput>(TOutput output) where TOutput : struct, {Runtime}.IJsonOutput");
        var locals = new LocalNames();
        foreach (var property in type.Properties) WriteProperty(writer, property, locals);
        writer.Close().Line();
        EmitPublicApi(writer, type, nullable: true);
        writer.Line("/// <summary>Reads the object at the reader: finds the discriminator wherever it stands, then reads that variant in one pass.</summary>")
            .Open($"internal static {type.Name}? ReadJsonCore({Reader}, {Context})")
            .Line("if (!context.StartObject(ref reader)) return null;")
            .Open($"switch ({Runtime}.JsonUnion.FindVariant(ref reader, context, __JsonUnion, out var discriminatorRead))");
        for (var i = 0; i < type.Variants.Count; i++) writer.Line($"case {i}: return {type.Variants[i].Name}.ReadVariant(ref reader, context, discriminatorRead);");
        writer.Line("default: return null;")
            .Close()
            .Close()
            .Line();
        var tags = string.Join(", ", type.Variants.Select(v => CSharpLiteral.String(v.Tag)));
        var renamedTags = type.Variants.SelectMany((v, i) => v.RenamedFrom.Select(old => (Tag: old, Variant: i))).ToList();
        var renamed = renamedTags.Count == 0 ? ""
            : $", new string[] {{ {string.Join(", ", renamedTags.Select(o => CSharpLiteral.String(o.Tag)))} }}, new int[] {{ {string.Join(", ", renamedTags.Select(o => o.Variant.ToString(System.Globalization.CultureInfo.InvariantCulture)))} }}";
        writer.Line($"private static readonly {Runtime}.JsonUnion __JsonUnion = new({CSharpLiteral.String(type.Name)}, {CSharpLiteral.String(type.Discriminator!)}, new string[] {{ {tags} }}{renamed});")
            .Line();
        EmitConverterAndInterface(writer, type, nullable: true);
        writer.Line($"private static readonly {Runtime}.JsonName __Json_Discriminator = new({CSharpLiteral.String(type.Discriminator!)});");
        EmitNames(writer, type.Properties);
    }

    /// <summary>A variant: its writer (tag, shared fields, its own) and its reader over the shared and its own fields.</summary>
    public static void EmitVariant(IndentedWriter writer, TypeSpec union, VariantSpec variant)
    {
        writer.Open("internal override void WriteJsonCore<TOutput>(TOutput output)")
            .Line("output.StartObject();")
            .Line($"{Runtime}.JsonWrite.Property(output, __Json_Discriminator, {CSharpLiteral.String(variant.Tag)});")
            .Line("WriteSharedJson(output);");
        var locals = new LocalNames();
        foreach (var property in variant.Properties) WriteProperty(writer, property, locals);
        writer.Line("output.EndObject();").Close().Line();
        EmitObjectReader(writer, union.Name, variant.Name, $"internal static {variant.Name}? ReadVariant({Reader}, {Context}, bool discriminatorRead)",
            union.Properties.Concat(variant.Properties).ToList(), union.UnknownFieldsError, union.Discriminator, variant.Reserved, UnionEmitter.HasOwnChecks(union, variant));
        EmitNames(writer, variant.Properties);
    }

    /// <summary>
    /// The reader of an object with <paramref name="properties"/>, building <paramref name="constructed"/>. A union
    /// variant's reader also knows the <paramref name="discriminator"/>: property 0, already judged by the union's reader,
    /// which may have read past it (<c>discriminatorRead</c>); otherwise skipped here. With <paramref name="checksOwn"/>,
    /// what it read is checked at once (<see cref="ValidationEmitter.EmitOwnCheck"/>).
    /// </summary>
    private static void EmitObjectReader(IndentedWriter writer, string schemaName, string constructed, string header, IReadOnlyList<PropertySpec> properties, bool unknownFieldsError, string? discriminator, EquatableArray<string> reserved, bool checksOwn)
    {
        var first = discriminator is null ? 0 : 1;
        var count = properties.Count + first;
        writer.Line("/// <summary>Reads the object at the reader; every problem goes to <paramref name=\"context\"/> and reading goes on.</summary>")
            .Open(header);
        if (discriminator is null) writer.Line("if (!context.StartObject(ref reader)) return null;");
        foreach (var property in properties)
        {
            var initial = property.DefaultExpression ?? (property.Type.IsReferenceType && !property.Type.Optional ? "default!" : "default");
            writer.Line($"{property.Type.CSharpDeclaration} v{property.PropertyName} = {initial};");
        }
        writer.Line($"var seenProperties = new {Runtime}.SeenProperties();")
            .Line($"var seen = seenProperties.For({count});")
            .Line("var property = -1;");
        if (discriminator is not null) writer.Line("if (!context.StartVariant(ref reader, discriminatorRead, seen, ref property)) return null;");
        writer.Open("while (context.NextProperty(ref reader, __JsonProperties, seen, ref property))");
        if (count > 0)
        {
            writer.Open("switch (property)");
            if (discriminator is not null) writer.Line("case 0: reader.Skip(); break;");
            for (var i = 0; i < properties.Count; i++)
            {
                var p = properties[i];
                writer.Line($"case {i + first}: v{p.PropertyName} = {ReadValue(p.Type)}; break;");
            }
            writer.Close();
        }
        writer.Line("context.Pop();")
            .Close()
            .Line("context.CheckRequired(__JsonProperties, seen);");
        var assignments = string.Join(", ", properties.Select(p => $"{p.PropertyName} = v{p.PropertyName}"));
        if (checksOwn)
        {
            writer.Line($"var read = new {constructed} {{ {assignments} }};")
                .Line($"if (!read.{ValidationEmitter.OwnCheck}()) context.ConstraintBroken();")
                .Line("return read;");
        }
        else
        {
            writer.Line($"return new {constructed} {{ {assignments} }};");
        }
        writer.Close().Line();
        var wireNames = (discriminator is null ? Enumerable.Empty<string>() : new[] { discriminator }).Concat(properties.Select(p => p.WireName));
        var required = (discriminator is null ? Enumerable.Empty<bool>() : new[] { false }).Concat(properties.Select(p => p.IsRequired));
        var renamed = properties.SelectMany((p, i) => p.RenamedFrom.Select(old => (Name: old, Target: i + first))).ToList();
        var extra = renamed.Count == 0 && reserved.Count == 0 ? ""
            : $", new string[] {{ {string.Join(", ", renamed.Select(a => CSharpLiteral.String(a.Name)))} }}, new int[] {{ {string.Join(", ", renamed.Select(a => a.Target.ToString(System.Globalization.CultureInfo.InvariantCulture)))} }}, new string[] {{ {string.Join(", ", reserved.Select(CSharpLiteral.String))} }}";
        writer.Line($"private static readonly {Runtime}.JsonPropertySet __JsonProperties = new({CSharpLiteral.String(schemaName)}, {(unknownFieldsError ? "true" : "false")},")
            .Line($"    new string[] {{ {string.Join(", ", wireNames.Select(CSharpLiteral.String))} }}, new bool[] {{ {string.Join(", ", required.Select(r => r ? "true" : "false"))} }}{extra});")
            .Line();
    }

    /// <summary>Reads a value of <paramref name="type"/> at the reader, null handled, through its composed reader type.</summary>
    private static string ReadValue(FieldTypeSpec type) =>
        $"{Runtime}.JsonRead.Value<{type.CSharpDeclaration}, {ReaderType(type)}>(ref reader, context)";

    /// <summary>
    /// The type that reads <paramref name="type"/>: a primitive's reader, the generated type itself, an enum's
    /// converter, or a collection or optional reader over the element's — so nesting costs no generated code.
    /// </summary>
    private static string ReaderType(FieldTypeSpec type)
    {
        if (type.Optional)
        {
            var present = type with { Optional = false };
            var wrapper = present.IsReferenceType ? "OptionalReader" : "OptionalValueReader";
            return $"{Runtime}.{wrapper}<{present.CSharpType}, {ReaderType(present)}>";
        }
        return type.Kind switch
        {
            FieldTypeKind.Record or FieldTypeKind.Value => type.CSharpType,
            FieldTypeKind.Enum => type.CSharpType + "JsonConverter",
            FieldTypeKind.List => $"{Runtime}.ListReader<{type.Element!.CSharpDeclaration}, {ReaderType(type.Element!)}>",
            FieldTypeKind.Set => $"{Runtime}.SetReader<{type.Element!.CSharpDeclaration}, {ReaderType(type.Element!)}>",
            FieldTypeKind.Map => $"{Runtime}.MapReader<{type.Element!.CSharpDeclaration}, {ReaderType(type.Element!)}>",
            _ => $"{Primitives}.{PrimitiveReader(type.Primitive)}Reader",
        };
    }

    // ---- value types -----------------------------------------------------------------------

    public static void EmitValue(IndentedWriter writer, TypeSpec type)
    {
        var wrapped = type.Wrapped!.Type;
        EmitWriters(writer, "Writes the wrapped value as a bare JSON primitive.");
        writer.Line($"internal void WriteJsonCore<TOutput>(TOutput output) where TOutput : struct, {Runtime}.IJsonOutput => output.Value(Value);")
            .Line();
        EmitPublicApi(writer, type, nullable: false);
        writer.Line("/// <summary>Reads the primitive at the reader and wraps it, unchecked: validation runs once the whole document is read.</summary>")
            .Line($"internal static {type.Name} ReadJsonCore({Reader}, {Context}) => new {type.Name}({Primitives}.Read{PrimitiveReader(wrapped.Primitive)}(ref reader, context));")
            .Line();
        EmitConverterAndInterface(writer, type, nullable: false);
    }

    // ---- enums -----------------------------------------------------------------------------

    public static void EmitEnumConverter(IndentedWriter writer, TypeSpec type)
    {
        var members = string.Join(", ", type.Members.Select(m => m.WireName));
        writer.Line()
            .Line($"/// <summary>Reads and writes <see cref=\"{type.Name}\"/> as its member names, exactly as written in the schema.</summary>")
            .Line("[global::System.CodeDom.Compiler.GeneratedCode(\"DomainKit\", \"" + SourceEmitter.GeneratorVersion + "\")]")
            .Open($"public sealed class {type.Name}JsonConverter : {Runtime}.DomainEnumJsonConverter<{type.Name}, {type.Name}JsonConverter>, {Runtime}.IJsonReader<{type.Name}>, global::DomainKit.IDomainEnum<{type.Name}>, {Runtime}.IJsonSchemaType")
            .Line("/// <inheritdoc />")
            .Line($"public override void Write({Json}.Utf8JsonWriter writer, {type.Name} value, {Json}.JsonSerializerOptions options) => WriteJsonValue(new {Runtime}.WriterOutput(writer), value);")
            .Line()
            .Line("/// <summary>Writes the member's schema name; an undefined value is written as its number.</summary>")
            .Open($"public static void WriteJsonValue<TOutput>(TOutput output, {type.Name} value) where TOutput : struct, {Runtime}.IJsonOutput")
            .Open("switch (value)");
        foreach (var member in type.Members)
        {
            writer.Line($"case {type.Name}.{member.Name}: output.Value({CSharpLiteral.String(member.WireName)}); break;");
        }
        writer.Line("default: output.Value((int)value); break;")
            .Close()
            .Close()
            .Line()
            .Line($"static {type.Name} {Runtime}.IJsonReader<{type.Name}>.Read({Reader}, {Context}) =>")
            .Line($"    {Runtime}.JsonEnums.Read(ref reader, context, __JsonMembers, __JsonValues, {CSharpLiteral.String(type.Name)}, {CSharpLiteral.String(members)});")
            .Line();
        var names = type.Members.SelectMany(m => new[] { m.WireName }.Concat(m.RenamedFrom).Select(name => (Name: name, Member: m.Name))).ToList();
        writer.Line($"private static readonly {Runtime}.Utf8NameTable __JsonMembers = new(new string[] {{ {string.Join(", ", names.Select(n => CSharpLiteral.String(n.Name)))} }});")
            .Line($"private static readonly {type.Name}[] __JsonValues = {{ {string.Join(", ", names.Select(n => type.Name + "." + n.Member))} }};")
            .Line()
            .Line("/// <summary>Whether <paramref name=\"value\"/> is one of the members (numbered from 0, in schema order).</summary>")
            .Line($"internal static bool IsMember({type.Name} value) => (uint)value < {type.Members.Count}u;")
            .Line()
            .Line("/// <inheritdoc />")
            .Line($"public static string ToWireName({type.Name} value) => value switch")
            .Line("{");
        foreach (var member in type.Members) writer.Line($"    {type.Name}.{member.Name} => {CSharpLiteral.String(member.WireName)},");
        writer.Line("    _ => ((int)value).ToString(global::System.Globalization.CultureInfo.InvariantCulture),")
            .Line("};")
            .Line()
            .Line("/// <inheritdoc />")
            .Open($"public static bool TryFromWireName(string text, out {type.Name} value)");
        foreach (var member in type.Members)
        {
            var alternatives = string.Join(" || ", new[] { member.WireName }.Concat(member.RenamedFrom).Select(n => $"text == {CSharpLiteral.String(n)}"));
            writer.Line($"if ({alternatives}) {{ value = {type.Name}.{member.Name}; return true; }}");
        }
        writer.Line("value = default;")
            .Line("return false;")
            .Close();
        JsonSchemaEmitter.Emit(writer, type);
        writer.Close();
    }

    // ---- shared ----------------------------------------------------------------------------

    private static void EmitPublicApi(IndentedWriter writer, TypeSpec type, bool nullable)
    {
        var name = type.Name;
        var outType = nullable ? name + "?" : name;
        var notNull = nullable ? "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] " : "";
        writer.Block($$"""
            /// <summary>This value as JSON text.</summary>
            public string ToJson() => {{Runtime}}.JsonWriterCache.ToJson(this);

            /// <summary>Reads JSON text; throws <see cref="global::DomainKit.DomainValidationException"/> listing every problem.</summary>
            public static {{name}} FromJson(string json) => {{Runtime}}.JsonReading.FromString<{{name}}>(json);

            /// <summary>Reads UTF-8 JSON; throws <see cref="global::DomainKit.DomainValidationException"/> listing every problem.</summary>
            public static {{name}} FromJson(global::System.ReadOnlySpan<byte> utf8) => {{Runtime}}.JsonReading.Read<{{name}}>(utf8, {{Options}}.Default);

            /// <summary>Reads UTF-8 JSON without throwing: every structural and constraint problem is in <paramref name="result"/>.</summary>
            public static bool TryFromJson(global::System.ReadOnlySpan<byte> utf8, {{notNull}}out {{outType}} value, out global::DomainKit.ValidationResult result) =>
                {{Runtime}}.JsonReading.TryRead<{{name}}>(utf8, {{Options}}.Default, out value, out result);

            /// <summary>Reads UTF-8 JSON without throwing, within the limits of <paramref name="options"/>.</summary>
            public static bool TryFromJson(global::System.ReadOnlySpan<byte> utf8, {{Options}} options, {{notNull}}out {{outType}} value, out global::DomainKit.ValidationResult result) =>
                {{Runtime}}.JsonReading.TryRead<{{name}}>(utf8, options, out value, out result);

            """);
        if (nullable) EmitStreamApi(writer, name);
    }

    /// <summary>Reading from a stream: one document, or the items of an array or of newline-delimited JSON one at a time.</summary>
    private static void EmitStreamApi(IndentedWriter writer, string name) => writer.Block($$"""
        /// <summary>Reads UTF-8 JSON from a stream; throws <see cref="global::DomainKit.DomainValidationException"/> listing every problem.</summary>
        public static global::System.Threading.Tasks.ValueTask<{{name}}> FromJsonAsync(global::System.IO.Stream utf8, global::System.Threading.CancellationToken cancellationToken = default) =>
            {{Runtime}}.JsonStreams.ReadAsync<{{name}}>(utf8, {{Options}}.Default, cancellationToken);

        /// <summary>Reads UTF-8 JSON from a stream without throwing: the value when valid, and every problem.</summary>
        public static global::System.Threading.Tasks.ValueTask<global::DomainKit.ReadResult<{{name}}>> TryFromJsonAsync(global::System.IO.Stream utf8, global::System.Threading.CancellationToken cancellationToken = default) =>
            {{Runtime}}.JsonStreams.TryReadAsync<{{name}}>(utf8, {{Options}}.Default, cancellationToken);

        /// <summary>The items of a JSON array or of newline-delimited JSON in a stream, read one at a time; an invalid item throws, its index in every path.</summary>
        public static global::System.Collections.Generic.IAsyncEnumerable<{{name}}> ReadManyAsync(global::System.IO.Stream utf8, global::System.Threading.CancellationToken cancellationToken = default) =>
            {{Runtime}}.JsonStreams.ReadManyAsync<{{name}}>(utf8, {{Options}}.Default, cancellationToken);

        /// <summary>The items of a JSON array or of newline-delimited JSON in a stream, each with its problems (under <c>/index</c>), read one at a time.</summary>
        public static global::System.Collections.Generic.IAsyncEnumerable<global::DomainKit.ReadResult<{{name}}>> TryReadManyAsync(global::System.IO.Stream utf8, global::System.Threading.CancellationToken cancellationToken = default) =>
            {{Runtime}}.JsonStreams.TryReadManyAsync<{{name}}>(utf8, {{Options}}.Default, cancellationToken);

        """);

    /// <summary>The interface the runtime's generic entry points use, implemented explicitly so it stays out of the type's own API.</summary>
    public static string DocumentInterface(TypeSpec type) => $"{Runtime}.IJsonDocument<{type.Name}>";

    private static void EmitConverterAndInterface(IndentedWriter writer, TypeSpec type, bool nullable)
    {
        var name = type.Name;
        writer.Block($$"""
            /// <summary>Lets <c>JsonSerializer</c> use the generated reader and writer, with default options.</summary>
            public sealed class DomainJsonConverter : {{Runtime}}.DomainJsonConverter<{{name}}>
            {
            }

            static string {{DocumentInterface(type)}}.SchemaName => {{CSharpLiteral.String(name)}};

            static {{name}} {{Runtime}}.IJsonReader<{{name}}>.Read({{Reader}}, {{Context}}) => ReadJsonCore(ref reader, context){{(nullable ? "!" : "")}};

            bool {{DocumentInterface(type)}}.ValidateCore({{Runtime}}.ValidationErrorSink? sink, string path, string name) => ValidateCore(sink, path, name);

            void {{DocumentInterface(type)}}.WriteUtf8({{Runtime}}.Utf8Output output) => WriteJsonCore(output);

            """);
        // Records and unions: each record's reader checks what it has read (EmitObjectReader), so a document read needs no walk.
        if (type.Kind is TypeKind.Record or TypeKind.Union) writer.Line($"static bool {DocumentInterface(type)}.CheckedWhileRead => true;").Line();
    }

    /// <summary>The runtime's name for a primitive: <c>Read{name}</c> reads one, <c>{name}Reader</c> is its reader type.</summary>
    private static string PrimitiveReader(PrimitiveKind primitive) => PrimitiveCatalog.Of(primitive)!.RuntimeName;
}
