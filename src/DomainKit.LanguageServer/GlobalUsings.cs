global using System;
global using System.Collections.Generic;
global using System.Linq;
global using DomainKit.LanguageServer.Protocol;
global using DomainKit.Schema.Diagnostics;
global using DomainKit.Schema.Model;
global using Range = DomainKit.LanguageServer.Protocol.Range;
