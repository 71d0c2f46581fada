export class GetAttachmentQuery {
  constructor(
    readonly workspaceId: string,
    readonly taskId: string,
    readonly attachmentId: string,
  ) {}
}
