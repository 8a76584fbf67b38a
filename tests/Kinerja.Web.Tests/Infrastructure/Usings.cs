global using System.Net;
global using System.Net.Http.Json;
global using Kinerja.Web.Infrastructure;
global using Kinerja.Web.Tests.Infrastructure;
