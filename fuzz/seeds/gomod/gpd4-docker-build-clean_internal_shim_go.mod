0module git.corp.example/platform/shim

go 1.23
