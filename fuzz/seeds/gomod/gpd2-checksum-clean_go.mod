0module github.com/acme-example/ledger

go 1.23

require (
	github.com/google/uuid v1.6.0
	golang.org/x/sync v0.7.0
)
