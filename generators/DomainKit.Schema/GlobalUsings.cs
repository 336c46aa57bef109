// The compiler's stages use one another's vocabularies freely; each file's own namespace says which stage it belongs to.
global using DomainKit.Schema.Checking;
global using DomainKit.Schema.Diagnostics;
global using DomainKit.Schema.Emitting;
global using DomainKit.Schema.Evolution;
global using DomainKit.Schema.Indexing;
global using DomainKit.Schema.Model;
global using DomainKit.Schema.Parsing;
global using DomainKit.Schema.Rules;
global using DomainKit.Schema.Text;
