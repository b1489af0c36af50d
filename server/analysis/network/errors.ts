// Errors raised by the graph-structure algorithms. Each carries a stable code from the catalogue in
// server/errors.ts, so the API can answer 400 without parsing messages; the message is a catalogue Text, told in
// the request's language.
import { AppError, UnknownIdError } from '../../errors.ts';
import { text, type Text } from '../../i18n/index.ts';

/** A firm id (in a pair, or in a supply row) that is not a node of the firm graph. */
export class UnknownFirmError extends UnknownIdError {
  readonly id: string;
  readonly field: string;
  constructor(id: string, field = 'pairs') {
    super(field, id, 'firm');
    this.name = 'UnknownFirmError';
    this.id = id;
    this.field = field;
  }
}

/** A link-score pair whose two ends are the same firm: a firm cannot be linked to itself. */
export class SelfPairError extends AppError {
  readonly id: string;
  constructor(id: string) {
    super('invalid_parameter', text('error.selfPair', { id }), { field: 'pairs', id });
    this.name = 'SelfPairError';
    this.id = id;
  }
}

/** The same firm id listed twice in a FirmGraphInput. */
export class DuplicateFirmError extends AppError {
  readonly id: string;
  constructor(id: string) {
    super('invalid_request', text('error.duplicateFirm', { id }), { field: 'firms', id });
    this.name = 'DuplicateFirmError';
    this.id = id;
  }
}

/**
 * What NetworkX raises for the same input (NodeNotFound, NetworkXNotImplemented,
 * NetworkXAlgorithmError, NetworkXError, PowerIterationFailedConvergence, ZeroDivisionError, ValueError): carried
 * in the details as `networkx`, so a researcher (and the NetworkX test adapter) can tell which
 * NetworkX error a refusal corresponds to.
 */
export type NetworkxError = 'NodeNotFound' | 'NetworkXNotImplemented' | 'NetworkXAlgorithmError' | 'NetworkXError' | 'PowerIterationFailedConvergence' | 'ZeroDivisionError' | 'ValueError';

/** A request the graph analyses cannot answer as asked (400), naming the field and NetworkX's error. */
export class GraphRequestError extends AppError {
  constructor(field: string, reason: Text, networkx?: NetworkxError, more: Record<string, unknown> = {}) {
    super('invalid_parameter', text('graph.request.at', { field, reason }), { field, ...(networkx ? { networkx } : {}), ...more });
    this.name = 'GraphRequestError';
  }
}
