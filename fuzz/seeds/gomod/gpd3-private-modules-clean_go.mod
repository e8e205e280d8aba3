0module github.com/acme-example/gateway

go 1.23

require (
	git.corp.example/platform/auth v1.4.0
	github.com/google/uuid v1.6.0
	gitlab.corp.example/infra/metrics v0.3.0
)
