/** The dependency (circuit breaker and settings) every call to the bucket goes through. */
export const S3_DEPENDENCY = 's3';
