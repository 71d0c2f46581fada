export class DeleteAttachmentCommand {
  constructor(
    readonly workspaceId: string,
    readonly actorId: string,
    readonly taskId: string,
    readonly attachmentId: string,
  ) {}
}
