using Dialogues.App;

var app = DialoguesApp.Build(args);
await app.RunAsync();
