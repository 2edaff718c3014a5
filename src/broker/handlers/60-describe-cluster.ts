// DescribeCluster v0-1 (KIP-700). v1 `endpointType` (KIP-919): a broker
// describes brokers (1) only; asking it for controllers (2) or an unknown
// type is UNSUPPORTED_ENDPOINT_TYPE, as Kafka's broker answers. The
// controller id is this node's (clients cannot reach KRaft controllers, so
// Kafka's brokers report a live broker there too). Brokers are listed with
// the endpoint of the listener the request came in on; fenced ones are left
// out. Without an authorizer, requested cluster authorized operations are
// all the cluster supports.
//
// Not implemented: `includeFencedBrokers` (v2, not in this spec), authorization.
import { ErrorCode } from '../../protocol/errors.js'
import { describeClusterApi } from '../../protocol/generated/apis/describe-cluster.js'
import { defineHandler } from '../handler.js'
import { CLUSTER_AUTHORIZED_OPERATIONS } from './03-metadata.js'

const BROKERS = 1
const NOT_REQUESTED = -2147483648

export const describeClusterHandler = defineHandler(describeClusterApi, {
  handle(request, context, broker) {
    const response = describeClusterApi.response.create()
    if (request.endpointType !== BROKERS) {
      response.errorCode = ErrorCode.UNSUPPORTED_ENDPOINT_TYPE
      response.errorMessage = `Unsupported endpoint type ${request.endpointType}`
      return response
    }
    response.endpointType = BROKERS
    response.clusterId = broker.clusterId
    response.controllerId = broker.controllerIdForClients()
    response.clusterAuthorizedOperations = request.includeClusterAuthorizedOperations
      ? CLUSTER_AUTHORIZED_OPERATIONS
      : NOT_REQUESTED
    response.brokers = [...broker.image.brokers.values()]
      .filter((b) => !b.fenced)
      .sort((a, b) => a.nodeId - b.nodeId)
      .flatMap((b) => {
        const endpoint = b.endpoints.find((e) => e.name === context.listenerName)
        return endpoint === undefined
          ? []
          : [{ brokerId: b.nodeId, host: endpoint.host, port: endpoint.port, rack: b.rack }]
      })
    return response
  },
})
