export class ListAttachmentsQuery {
  constructor(
    readonly workspaceId: string,
    readonly taskId: string,
  ) {}
}
