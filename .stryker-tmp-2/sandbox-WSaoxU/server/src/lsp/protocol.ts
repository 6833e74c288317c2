// @ts-nocheck
// The server's own protocol, shared by the server and the VS Code client (it imports nothing, so
// the client bundle stays free of server code): workspace/executeCommand ids and answers.

export const COMMANDS = {
  regenerateTable: "seeds.server.regenerateTable",
  markReviewed: "seeds.server.markReviewed",
  checkWorkspace: "seeds.server.checkWorkspace",
  overdueReviews: "seeds.server.overdueReviews",
  newSeed: "seeds.server.newSeed",
} as const;

/** An entry of the `seeds.server.overdueReviews` answer. */
export interface OverdueReview {
  uri: string;
  file: string;
  company?: string;
  role?: string;
  nextReviewDue: string;
  daysOverdue: number;
}
