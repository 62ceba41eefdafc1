import { describe, expect, it } from 'vitest';
import { actions, only } from '../structure/helpers.js';

const id = 'vague-action-item';

describe(id, () => {
  it.each([
    ['Look into the cache warmup', 'Look into', 'does not say what will change'],
    ['Ana to investigate the replication lag', 'investigate', 'does not say what will change'],
    ['Consider adding a canary stage', 'Consider', 'does not say what will change'],
    ['Be more careful when deploying config', 'Be more careful', 'does not say what will change'],
    ['Improve monitoring', 'Improve monitoring', 'does not say what will change'],
    ['Add more tests', 'Add more tests', 'does not say what will change'],
    ['Keep an eye on disk usage', 'Keep an eye on', 'does not say what will change'],
    ['Remind everyone to check the dashboard', 'Remind everyone', 'does not say what will change'],
    ['Rewrite the whole deployment platform', 'Rewrite the whole deployment', 'too big'],
    ['Migrate all services to the new mesh', 'Migrate all services', 'too big'],
    ['Review all alerting rules', 'Review all alerting', 'too big'],
    ['Make sure this never happens again', 'Make sure this never happens again', 'too big'],
    ['Improve alerting around the scheduler', 'Improve alerting', 'does not say what will change'],
    ['Set up better dashboards for ingest', 'Set up better dashboards', 'does not say what will change'],
    [
      'Can we rotate tokens without downtime?',
      'Can we rotate tokens without downtime?',
      'does not say what will change',
    ],
    ['Quarterly failover drills', 'Quarterly failover', 'does not say what will change'],
    ['Tell engineers to double-check configs', 'Tell engineers', 'does not say what will change'],
    ['Educate staff about phishing', 'Educate staff', 'does not say what will change'],
    ['Implement staging environment', 'Implement staging environment', 'too big'],
    ['Re-assess the vendor rate limits', 'Re-assess', 'does not say what will change'],
    ['Ana will prevent similar outages in the future', 'prevent similar outages', 'too big'],
    ['Rebuild the release process to allow faster rollbacks', 'Rebuild the release process to', 'too big'],
  ])('%s', (item, actual, message) => {
    const d = only(id, actions(`- [ ] ${item}`));
    expect(d.map((x) => x.actual)).toEqual([actual]);
    expect(d[0].message).toContain(message);
  });

  it.each([
    'Add an alert when replication lag exceeds 30s (owner: @kim, due 2026-07-15)',
    'Document how to investigate disk alerts in the ingest runbook',
    'Improve monitoring of fluentd log volume with an alert at 0 events/min',
    'Migrate the checkout service to the new mesh',
    'Add a test that deploys a config-only change through the canary',
    'Increase the ingest disk to 200 GB',
    'Improve paging for the scheduler by routing its alerts to the data rotation',
    'Add a weekly job that restores the latest backup into staging',
    'Add a lock on the deploy job to prevent similar outages',
    '**Pin the chart version**: this will prevent similar incidents when upstream moves',
    'Add a runbook entry answering "can we fail over without the DBA?"',
    'Tell the vendor our new rate limit of 50 req/s',
    'Create a staging environment for the checkout service',
    'Implement pod disruption budgets for the ingest tier',
    'Ask the DBA rotation to add an index on orders.created_at',
  ])('clean: %s', (item) => expect(only(id, actions(`- [ ] ${item}`))).toEqual([]));

  it('done items are not checked', () => {
    expect(only(id, actions('- [x] Look into the cache warmup'))).toEqual([]);
  });
});
