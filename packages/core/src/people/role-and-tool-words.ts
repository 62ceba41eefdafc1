// Vocabularies of person detection. These say what a word IS (a role, a tool), not what a rule flags;
// the rules' own words live in rules/<id>.yml.

/** Tools, services and products whose names look like personal names or plain words (lower case). */
export const SYSTEM_NAMES: readonly string[] = (
  'git pingdom uptimerobot athena glue sagemaker bedrock falco trivy snyk sonarqube nexus artifactory harbor quay gitea drone tekton velero rook ceph minio longhorn openshift rancher mesos marathon jenkins kafka cassandra terraform ansible puppet vagrant consul nomad vault packer envoy istio linkerd ' +
  'redis postgres postgresql mysql mariadb mongo mongodb sqlite oracle elasticsearch opensearch kibana logstash grafana ' +
  'prometheus alertmanager thanos loki jaeger zipkin sentry datadog honeycomb splunk newrelic pagerduty opsgenie ' +
  'victorops statuspage slack zoom jira confluence github gitlab bitbucket circleci travis buildkite argo argocd ' +
  'flux spinnaker helm kubernetes k8s docker podman containerd nginx apache haproxy traefik caddy varnish squid ' +
  'cloudflare fastly akamai aws gcp azure heroku vercel netlify digitalocean linode hetzner ovh okta auth0 stripe twilio ' +
  'sendgrid mailgun celery sidekiq resque rabbitmq nats pulsar zookeeper etcd spark hadoop hive flink airflow luigi dagster ' +
  'clickhouse snowflake bigquery redshift dynamodb aurora rds s3 ec2 lambda cloudfront route53 cloudwatch kinesis sqs sns ' +
  'memcached cockroach cockroachdb vitess pgbouncer patroni keda karpenter calico cilium coredns unbound ' +
  'python ruby java golang rust nodejs django rails flask laravel react angular vue svelte nextjs ' +
  'dependabot renovate copilot chatgpt claude gemini bazel gradle maven npm yarn pnpm webpack vite babel ' +
  'windows linux ubuntu debian centos rhel alpine macos android ios chrome firefox safari edge ' +
  'posthog hog plausible segment mixpanel amplitude intercom zendesk hubspot salesforce shopify wordpress ' +
  'tailscale wireguard openvpn cloudtrail guardduty iam vpc elb alb nlb ecs eks gke aks fargate ' +
  'hudson sonar apollo atlas hermes mimir cortex temporal cadence prefect presto trino druid pinot superset metabase ' +
  'redash looker tableau fivetran airbyte rudderstack snowplow pendo fullstory hotjar bugsnag rollbar raygun honeybadger ' +
  'airbrake logrocket gatsby jekyll nuxt remix astro ember sinatra phoenix elixir erlang kotlin scala perl ' +
  'kong tyk apigee hashicorp nagios zabbix icinga rundeck stackstorm opsworks pulumi crossplane chainguard'
).split(' ');

/** Lower-case words common in postmortems that the general lexicon may lack (never names). */
export const TECH_WORDS: readonly string[] = (
  'sev sev0 sev1 sev2 sev3 p0 p1 p2 retry retries backup backups rollback rollbacks failover deploy deploys deployment config configs cron crons ' +
  'alerting paging pager dashboard dashboards runbook runbooks playbook postmortem oncall on-call canary canaries ' +
  'healthcheck healthchecks autoscaler autoscaling rollout rollouts hotfix hotfixes cache caches proxy proxies ' +
  'timeout timeouts replica replicas shard shards cluster clusters node nodes pod pods migration migrations ' +
  'webhook webhooks endpoint endpoints api apis cdn dns tls ssl ci cd sso vpn db database databases queue queues ' +
  'staging prod production upstream downstream traffic latency outage outages incident incidents customers users ' +
  'engineering monitoring observability tooling nobody everyone someone anyone everybody somebody'
).split(' ');

/** Head nouns of role phrases: "the on-call", "the new hire", "a developer". */
export const ROLE_WORDS: readonly string[] = (
  'on-call oncall engineer engineers developer developers dev devs reviewer reviewers intern interns hire hires ' +
  'dba dbas admin admins administrator administrators sysadmin operator operators responder responders ' +
  'manager managers lead contractor contractors employee employees colleague colleagues teammate teammates ' +
  'author committer approver maintainer maintainers programmer programmers technician sre sres ' +
  'person people human humans staff someone somebody anyone anybody everyone everybody nobody'
).split(' ');

/** Multi-word roles, matched before the single words. */
export const ROLE_PHRASES: readonly string[] = [
  'release manager',
  'incident commander',
  'on-call engineer',
  'oncall engineer',
  'on call',
  'new hire',
  'team member',
  'site reliability engineer',
  'support engineer',
  'junior engineer',
  'senior engineer',
  'database administrator',
  'product manager',
  'engineering manager',
  'change author',
];

/** Roles in the incident response itself: named as who did what, never as a cause. */
export const INCIDENT_ROLES: readonly string[] = [
  'ic',
  'incident commander',
  'scribe',
  'comms lead',
  'communications lead',
  'ops lead',
  'subject matter expert',
];

/** Nouns that make "the X team" / "X squad" a team. */
export const TEAM_HEADS: readonly string[] = ['team', 'teams', 'squad', 'crew', 'guild', 'tribe', 'department']; // not "group": node group, log group

/** Parts of a handle that mark a group: @infra-team, @sre-oncall, @here. */
export const TEAM_HANDLE_PARTS: readonly string[] = (
  'team teams squad crew guild group oncall on-call sre sres ops devops infra platform eng engineering devs core ' +
  'admins support here channel everyone all security sec data web mobile backend frontend bots'
).split(' ');

/** Pronouns that stand for a person (he, she) or may (they); "we" and "I" are the writers. */
export const PRONOUNS: Readonly<Record<string, 'person' | 'maybe' | 'self'>> = {
  he: 'person',
  she: 'person',
  him: 'person',
  her: 'person',
  his: 'person',
  hers: 'person',
  they: 'maybe',
  them: 'maybe',
  their: 'maybe',
  we: 'self',
  i: 'self',
  us: 'self',
  our: 'self',
  me: 'self',
  my: 'self',
};

/** Words that open a noun phrase; a capitalised word after one is a thing ("the Jenkins job"). */
export const DETERMINERS: readonly string[] =
  'the a an this that these those our your its each every any some no another which whose'.split(' ');

/** Lower-case particles inside personal names: "Ludwig van Beethoven", "Maria da Silva". */
export const NAME_PARTICLES: readonly string[] = [
  'van',
  'von',
  'der',
  'de',
  'da',
  'di',
  'del',
  'la',
  'le',
  'bin',
  'ibn',
  'al',
  'el',
  'ter',
  'ten',
];
