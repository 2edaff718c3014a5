// AlterConfigs v0-2. v1 same as v0 (throttling, KIP-219); v2 flexible. Each
// resource's overrides are replaced by the given set: keys not listed are
// deleted (ConfigRecord with a null value). Topics are validated against
// Kafka's topic configs (INVALID_CONFIG); broker resources (node id, or ''
// for the cluster default) accept dynamic broker configs only, with Kafka's
// INVALID_REQUEST messages. Decided by metadata/controller/configs.ts;
// committed changes reach the partition logs live through the reconciler.
//
// Not implemented: BROKER_LOGGER (refused, as Kafka refuses it here),
// GROUP and CLIENT_METRICS resources, alter-config policies, authorization.
import { alterConfigs } from '../../metadata/controller/configs.js'
import { alterConfigsApi } from '../../protocol/generated/apis/alter-configs.js'
import { configControllerContext } from '../config-definitions.js'
import { defineHandler } from '../handler.js'

export const alterConfigsHandler = defineHandler(alterConfigsApi, {
  async handle(request, _context, broker) {
    const resources = request.resources.map((r) => ({
      resourceType: r.resourceType,
      resourceName: r.resourceName,
      configs: r.configs.map((c) => ({ name: c.name, op: 0, value: c.value })),
    }))
    const results = await broker.metadata.write((image) => {
      const decision = alterConfigs(
        image,
        resources,
        { incremental: false, validateOnly: request.validateOnly },
        configControllerContext(broker),
      )
      return { records: decision.records, result: decision.results }
    })
    const response = alterConfigsApi.response.create()
    response.responses = results.map((r) => ({ ...r }))
    return response
  },
})
