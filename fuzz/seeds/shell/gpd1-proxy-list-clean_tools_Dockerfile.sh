go install golang.org/x/tools/cmd/stringer@v0.20.0
