// IncrementalAlterConfigs v0-1 (KIP-339). v1 flexible. Per key: SET (0),
// DELETE (1), APPEND (2) and SUBTRACT (3) for LIST configs, starting from
// the default when the key is unset, as Kafka's ConfigurationControlManager.
// Topics and broker resources (node id, or '' for the cluster default), with
// the same validation as AlterConfigs; decided by
// metadata/controller/configs.ts and applied to the logs live.
//
// Not implemented: changing BROKER_LOGGER levels (refused with
// INVALID_REQUEST), GROUP and CLIENT_METRICS resources, alter-config
// policies, authorization.
import { alterConfigs } from '../../metadata/controller/configs.js'
import { incrementalAlterConfigsApi } from '../../protocol/generated/apis/incremental-alter-configs.js'
import { configControllerContext } from '../config-definitions.js'
import { defineHandler } from '../handler.js'

export const incrementalAlterConfigsHandler = defineHandler(incrementalAlterConfigsApi, {
  async handle(request, _context, broker) {
    const resources = request.resources.map((r) => ({
      resourceType: r.resourceType,
      resourceName: r.resourceName,
      configs: r.configs.map((c) => ({ name: c.name, op: c.configOperation, value: c.value })),
    }))
    const results = await broker.metadata.write((image) => {
      const decision = alterConfigs(
        image,
        resources,
        { incremental: true, validateOnly: request.validateOnly },
        configControllerContext(broker),
      )
      return { records: decision.records, result: decision.results }
    })
    const response = incrementalAlterConfigsApi.response.create()
    response.responses = results.map((r) => ({ ...r }))
    return response
  },
})
