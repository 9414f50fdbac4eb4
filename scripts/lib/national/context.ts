/**
 * What the steps of the national data set share. A step adds one kind of rows
 * (clusters, SMEs, assignments; later diagnoses, disbursements…) inside the one
 * generating transaction, and knows how to remove what it added.
 */
import type pg from "pg";

export interface NationalOptions {
  seed: number;
  clusters: number;
  smes: number;
  /** Clusters assigned to the demo consultant when that account exists. */
  consultantClusters: number;
}

export const DEFAULT_OPTIONS: NationalOptions = { seed: 2026, clusters: 15_000, smes: 1_000_000, consultantClusters: 40 };

/** Every generated row's id starts with this, so the set can be found and removed. */
export const ID_PREFIX = "nat-";
export const clusterId = (i: number) => `${ID_PREFIX}c-${String(i + 1).padStart(6, "0")}`;

/** One generated cluster, as later steps need it. */
export interface PlannedCluster {
  id: string;
  provinceCode: string;
  commodity: string;
  smeWord: string;
  yearEstablished: number;
  workerCount: number;
  smeCount: number;
  isActive: boolean;
}

export interface StepContext {
  client: pg.ClientBase;
  options: NationalOptions;
  log: (line: string) => void;
  /** Filled by the clusters step. */
  clusters: PlannedCluster[];
}

export interface NationalStep {
  name: string;
  /** Adds the rows; returns a one-line summary. */
  run(ctx: StepContext): Promise<string>;
  /** Deletes what run() added (called in reverse step order). */
  remove(client: pg.ClientBase): Promise<void>;
}

/** A fixed "now" so timestamps do not depend on the day the data set is made. */
export const DATASET_NOW = "2026-06-30T00:00:00Z";
