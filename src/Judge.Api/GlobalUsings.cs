// What every HTTP handler (Apis/) uses: typed results, the binding attributes, the problem+json answers, and Kayenta's
// document model.
global using Judge.Api.Model;
global using Judge.Api.Problems;
global using Microsoft.AspNetCore.Http.HttpResults;
global using Microsoft.AspNetCore.Mvc;
