using Consumer.Model;

var coulter = new Envoy { Name = "Sonata Coulter", Country = Code.From("US"), Languages = ["en"] };
var json = coulter.ToJson();
var back = Envoy.FromJson(json);
Console.WriteLine(json);
Console.WriteLine($"round trip equal: {back == coulter}");

var broken = """{"name":"","country":"usa","side":"observer","languages":[]}"""u8;
Envoy.TryFromJson(broken, out _, out var result);
foreach (var error in result.Errors) Console.WriteLine($"{error.Path} {error.Code}");
Console.WriteLine(result.Errors.Count == 4 && back == coulter ? "consumer ok" : "consumer FAILED");
return result.Errors.Count == 4 && back == coulter ? 0 : 1;
