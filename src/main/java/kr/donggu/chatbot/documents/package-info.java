/**
 * Program documents kept by staff in the console: editing with validation as loading does, versions with rollback,
 * a preview of the chatbot's answers from a draft, and drafts imported from HWP, HWPX, PDF, DOCX and text files.
 * {@link kr.donggu.chatbot.documents.DocumentService} is the entry point.
 */
package kr.donggu.chatbot.documents;
