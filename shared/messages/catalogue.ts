import { CLI_HELP } from './cliHelp.js';
import { CLI_MESSAGES } from './cliMessages.js';
import { CLI_OUTPUT } from './cliOutput.js';
import { CLI_PARSE_MESSAGES } from './cliParseMessages.js';
import { CLI_SYNC_OUTPUT } from './cliSyncOutput.js';
import { CRITERIA_CLI_MESSAGES } from './criteriaCliMessages.js';
import { FIELD_MESSAGES } from './fieldMessages.js';
import { FOLDER_MESSAGES } from './folderMessages.js';
import { wordMessage, type MessageLanguage, type MessageParams, type MessageText } from './format.js';
import { RISK_CRITERIA_MESSAGES } from './riskCriteriaMessages.js';
import { SYNC_MESSAGES } from './syncMessages.js';
import { WORD_MESSAGES } from './wordMessages.js';
import { WORKBOOK_MESSAGES } from './workbookMessages.js';
import { REPORT_MESSAGES } from './reportMessages.js';

/**
 * The one catalogue of message texts, shared by the CLI and the renderer:
 * every key with its bokmål and English wording.
 */
export const MESSAGES = { ...WORKBOOK_MESSAGES, ...SYNC_MESSAGES, ...FOLDER_MESSAGES, ...FIELD_MESSAGES, ...CLI_MESSAGES, ...CLI_PARSE_MESSAGES, ...CLI_HELP, ...CLI_OUTPUT, ...CLI_SYNC_OUTPUT, ...CRITERIA_CLI_MESSAGES, ...WORD_MESSAGES, ...RISK_CRITERIA_MESSAGES, ...REPORT_MESSAGES } as const;
export type MessageKey = keyof typeof MESSAGES;

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(MESSAGES, key);
}

/** A message as data; its key is checked against the catalogue by the type. */
export function msg(key: MessageKey, params?: MessageParams): MessageText {
  return params ? { key, params } : { key };
}

/**
 * Words a message in one language. A key this catalogue lacks (a message
 * from a newer installation) shows the fallback, the text its sender gave.
 */
export function word(text: MessageText, lang: MessageLanguage, fallback?: string): string {
  return wordMessage(MESSAGES, text, lang, fallback);
}
