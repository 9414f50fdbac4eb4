// The parts of s3rver's API the storage tests use (it ships no types).
declare module "s3rver" {
  import type { AddressInfo } from "node:net";

  interface Options {
    port?: number;
    address?: string;
    silent?: boolean;
    directory: string;
    configureBuckets?: Array<{ name: string; configs: string[] }>;
  }
  export default class S3rver {
    constructor(options: Options);
    run(): Promise<AddressInfo>;
    close(): Promise<void>;
  }
}
