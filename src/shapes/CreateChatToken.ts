import { operation } from '../errors/Operation.js'
import { type ErrorUnionType, errorUnion } from '../errors/ErrorUnion.js'
import type { Failure } from '../errors/Response.js'
import { AccessDeniedException } from '../errors/shapes/AccessDeniedException.js'
import { PendingVerification } from '../errors/shapes/PendingVerification.js'
import { ResourceNotFoundException } from '../errors/shapes/ResourceNotFoundException.js'
import { ValidationException } from '../errors/shapes/ValidationException.js'
import { CreateChatTokenRequest } from './CreateChatTokenRequest.js'
import { CreateChatTokenResponse } from './CreateChatTokenResponse.js'

/** The errors Smithy operation `com.amazonaws.ivschat#CreateChatToken` declares, plus `UnknownOperationError`. */
export const CreateChatTokenError = errorUnion([AccessDeniedException, PendingVerification, ResourceNotFoundException, ValidationException])

/** A CreateChatToken error, tagged by exception name. */
export type CreateChatTokenError = ErrorUnionType<typeof CreateChatTokenError>

/** What a failed CreateChatToken call decodes to. */
export type CreateChatTokenFailure = Failure<typeof CreateChatTokenError.errors>

/** Smithy operation `com.amazonaws.ivschat#CreateChatToken` (`POST /CreateChatToken`). */
export const CreateChatToken = operation({
  name: 'CreateChatToken',
  input: CreateChatTokenRequest,
  output: CreateChatTokenResponse,
  errors: CreateChatTokenError
})
