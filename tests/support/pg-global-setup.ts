import type { TestProject } from 'vitest/node';
import { startPgCluster } from './pg-cluster';

/** The integration-pg project's server: one throwaway PostgreSQL for the whole run, each core in its own database. */
export default function setup(project: TestProject): () => void {
  const cluster = startPgCluster({ fast: true });
  project.provide('pgUrl', cluster.url());
  return () => cluster.stop();
}
