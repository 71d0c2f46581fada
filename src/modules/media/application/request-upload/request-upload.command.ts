import { Command } from '@nestjs/cqrs';
import { ApiProperty } from '@nestjs/swagger';

/** Where and how to PUT an announced attachment's file; a class for the OpenAPI document. */
export class UploadTicket {
  @ApiProperty({
    format: 'uuid',
    description: 'The attachment, pending until completed',
    example: '2c9e4b7a-1d3f-4e5a-8b6c-9d0e1f2a3b4c',
  })
  id!: string;

  @ApiProperty({
    description: 'Presigned PUT for the file itself, bound to the announced type and size',
    example:
      'https://s3.example.test/tenfold/media/9a7c3e21-4b5d-4f6a-8e9b-0c1d2e3f4a5b/' +
      '2c9e4b7a-1d3f-4e5a-8b6c-9d0e1f2a3b4c/original?X-Amz-Algorithm=AWS4-HMAC-SHA256' +
      '&X-Amz-Expires=900&X-Amz-SignedHeaders=content-length%3Bcontent-type%3Bhost' +
      '&X-Amz-Signature=5d41402abc4b2a76b9719d911017c592',
  })
  uploadUrl!: string;

  /** Send exactly these with the PUT: the URL's signature covers them. */
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: "Send exactly these with the PUT: the URL's signature covers them",
    example: { 'content-type': 'application/pdf', 'content-length': '48213' },
  })
  uploadHeaders!: Record<string, string>;

  @ApiProperty({
    format: 'date-time',
    description: 'The PUT must happen before this; then complete the upload',
    example: '2026-03-02T10:15:00.000Z',
  })
  expiresAt!: string;
}

export interface RequestUploadProps {
  readonly workspaceId: string;
  readonly actorId: string;
  readonly taskId: string;
  /** As the client sent them: the handler sanitises the name and normalises the type. */
  readonly file: { fileName: string; contentType: string; size: number };
}

export class RequestUploadCommand extends Command<UploadTicket> {
  constructor(readonly props: RequestUploadProps) {
    super();
  }
}
