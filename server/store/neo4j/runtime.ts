// Placeholder until the Neo4j store lands (issue 3): says so plainly instead of failing obscurely.
import type { Config } from '../../config.ts';
import type { Runtime } from '../../runtime.ts';

export async function openNeo4jRuntime(_config: Config, _datasetPath: string, _log: (text: string) => void): Promise<Runtime> {
  throw new Error('the Neo4j store is not available in this build yet; unset NEO4J_URI to use the embedded store');
}
